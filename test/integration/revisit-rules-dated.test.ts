import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';
import { revisitCreateSchema } from '../../shared/schemas/revisit.schema';
import { defaultRevisitSettings, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { revisitDeps, type RevisitDeps } from '../../functions/revisits/deps';
import { customerObligationStatus } from '../../functions/revisits/use-cases/customer-obligation-status';
import { customerObligations } from '../../functions/revisits/use-cases/customer-obligations';
import { recordRevisit } from '../../functions/revisits/use-cases/record-revisit';
import { remindRevisits } from '../../functions/revisits/use-cases/remind-revisits';
import { revisitCalendar } from '../../functions/revisits/use-cases/revisit-calendar';
import { revisitCoverage } from '../../functions/revisits/use-cases/revisit-coverage';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);
let clock = new Date('2026-08-15T04:00:00.000Z');
const deps: RevisitDeps = { ...revisitDeps(client, tableName), now: () => clock };

let seq = 0;
/** A customer of unit east since the start of 2026, at a tier it has always held. */
async function seedCustomer(tier: Tier): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rd-${tier}-${++seq}-${Date.now()}`, name: `规则变更测试${tier}${seq}有限公司`, creditCode: newCreditCode(), kind: 'main-business', tier,
    annualAmountFen: 0, creditRating: 'AA', unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '', createdAt: at, updatedAt: at,
    createdBy: 'seed', updatedBy: 'seed', version: 1,
  };
  await customers.create(c);
  return c;
}

/** An on-site revisit by the responsible manager, recorded when it happened. */
async function managerOnSite(c: Customer, visitedAt: string): Promise<string> {
  clock = new Date(Date.parse(visitedAt) + 3_600_000);
  const input = revisitCreateSchema.parse({ visitedAt, channel: 'on-site', visitors: [{ name: '孙强', rank: 'manager', staffId: 'east.head' }], satisfaction: 5 });
  return (await recordRevisit(deps, c.id, input, callers.eastStaff, 'zh-CN')).id;
}

/** The policy's rules with the VIP quarterly on-site revisit made twice a quarter. */
const twiceAQuarter: RevisitSettings = {
  ...defaultRevisitSettings,
  rules: defaultRevisitSettings.rules.map((r) =>
    r.id === 'vip-quarterly-manager'
      ? { ...r, minCount: 2, label: { 'zh-CN': '主管副总或分管经理每季度两次上门回访', en: 'Two on-site revisits by the VP in charge or responsible manager each quarter' } }
      : r,
  ),
};
const changedAt = '2026-10-12T02:00:00.000Z'; // in Q4 2026, after Q3 closed (2026-09-30T16:00Z)

let vip: Customer;
let key: Customer; // never visited: its Q3 obligation is overdue under either rule (the job's positive control)
let q3Visit: string;
let q4Visit: string;

beforeAll(async () => {
  await seedStaff();
  vip = await seedCustomer('vip');
  key = await seedCustomer('key');
  q3Visit = await managerOnSite(vip, '2026-08-15T10:00:00+08:00');
  q4Visit = await managerOnSite(vip, '2026-10-08T10:00:00+08:00');
  clock = new Date(changedAt);
  const saved = await deps.settings.put(twiceAQuarter, 0, 'admin', deps.now().toISOString());
  expect(saved.version).toBe(1);
});

const vipQuarterly = (items: readonly { ruleId: string; periodId: string }[], periodId: string) =>
  items.find((o) => o.ruleId === 'vip-quarterly-manager' && o.periodId === periodId);

describe('a change to the revisit rules does not rewrite the past', () => {
  it('keeps last quarter’s coverage met under the rule it closed under; the running quarter uses the new rule', async () => {
    clock = new Date('2026-11-20T02:00:00.000Z');
    const q3 = await revisitCoverage(deps, { period: 'quarter', unitId: 'east', at: '2026-08-20' }, callers.salesHead);
    expect(q3.period.id).toBe('2026-Q3');
    expect(q3.rows.find((r) => r.ruleId === 'vip-quarterly-manager')).toMatchObject({ obligations: 1, met: 1, share: 1, label: defaultRevisitSettings.rules[0]!.label });
    expect(vipQuarterly(q3.overdue.filter((o) => o.customerId === vip.id), '2026-Q3')).toBeUndefined();

    const q4 = await revisitCoverage(deps, { period: 'quarter', unitId: 'east' }, callers.salesHead);
    expect(q4.period.id).toBe('2026-Q4');
    expect(q4.rows.find((r) => r.ruleId === 'vip-quarterly-manager')).toMatchObject({ obligations: 1, met: 0, share: 0, label: twiceAQuarter.rules[0]!.label });
    // the quarter just ended is listed overdue for the key customer only: the VIP met the rule Q3 closed under
    expect(q4.overdue.map((o) => [o.customerId, o.ruleId, o.periodId])).toEqual([[key.id, 'key-quarterly-manager', '2026-Q3']]);
  });

  it('judges the customer’s previous period by the old rule and the running one by the new', async () => {
    clock = new Date('2026-11-20T02:00:00.000Z');
    const { previous, current } = await customerObligations(deps, vip, 'quarter', clock, clock, 14);
    expect(previous.find((o) => o.rule.id === 'vip-quarterly-manager')).toMatchObject({ status: 'met', metBy: [q3Visit], rule: { minCount: 1 } });
    expect(current.find((o) => o.rule.id === 'vip-quarterly-manager')).toMatchObject({ status: 'open', metBy: [q4Visit], rule: { minCount: 2 } });

    const { items } = await customerObligationStatus(deps, vip.id, callers.eastStaff);
    expect(vipQuarterly(items, '2026-Q3')).toBeUndefined(); // met then, so not among the overdue
    expect(vipQuarterly(items, '2026-Q4')).toMatchObject({ status: 'open', metBy: [q4Visit], label: twiceAQuarter.rules[0]!.label });
  });

  it('shows each month of the calendar under its own quarter’s rule', async () => {
    clock = new Date('2026-11-20T02:00:00.000Z');
    const september = await revisitCalendar(deps, { month: '2026-09', unitId: 'east' }, callers.salesHead);
    expect(september.entries.find((e) => e.kind === 'due' && e.customerId === vip.id && e.ruleId === 'vip-quarterly-manager')).toMatchObject({ periodId: '2026-Q3', status: 'met', metBy: [q3Visit] });
    const december = await revisitCalendar(deps, { month: '2026-12', unitId: 'east' }, callers.salesHead);
    expect(december.entries.find((e) => e.kind === 'due' && e.customerId === vip.id && e.ruleId === 'vip-quarterly-manager')).toMatchObject({ periodId: '2026-Q4', status: 'open', label: twiceAQuarter.rules[0]!.label });
  });

  it('escalates the period just ended by the rules in force when it ended, not by a change made since', async () => {
    clock = new Date('2026-10-13T01:00:00.000Z'); // the day after the change, within the 14 days' escalation of Q3
    const summary = await remindRevisits(deps, async (visit) => visit([vip, key]));
    expect(summary).toMatchObject({ customers: 2, reminded: 1, escalated: 1 });
    const claims = (await deps.revisits.remindersOn('2026-10-13')).map((c) => [c.customerId, c.obligationKey, c.status]);
    expect(claims).toEqual([[key.id, 'key-quarterly-manager#2026-Q3', 'overdue']]);
  });

  it('judges the quarter the change fell in by the new rule once it has closed', async () => {
    clock = new Date('2027-01-05T01:00:00.000Z');
    const { previous } = await customerObligations(deps, vip, 'quarter', clock, clock, 14);
    expect(previous.find((o) => o.rule.id === 'vip-quarterly-manager')).toMatchObject({ status: 'overdue', metBy: [q4Visit], rule: { minCount: 2 } });
    await remindRevisits(deps, async (visit) => visit([vip]));
    expect((await deps.revisits.remindersOn('2027-01-05')).map((c) => c.obligationKey)).toContain('vip-quarterly-manager#2026-Q4');
  });
});
