import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/schemas/customer.schema';
import type { TemporaryPlan } from '../../shared/schemas/revisit-plan.schema';
import { defaultRevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { TemporaryRevisitPlanRepository } from '../../functions/core/repositories/temporary-revisit-plan.repository';
import { revisitPlanDeps } from '../../functions/revisit-plans/deps';
import { planDue } from '../../functions/revisit-plans/use-cases/plan-due';
import { revisitDeps, type RevisitDeps } from '../../functions/revisits/deps';
import { remindRevisits } from '../../functions/revisits/use-cases/remind-revisits';
import { revisitCalendar } from '../../functions/revisits/use-cases/revisit-calendar';
import { revisitCoverage } from '../../functions/revisits/use-cases/revisit-coverage';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const customers = new CustomerRepository(client, tableName);
const plans = new TemporaryRevisitPlanRepository(client, tableName);

let seq = 0;
/** A reserve customer: the frequency rules owe it nothing, so every reminder it gets comes from a plan. */
async function seedCustomer(ownerId: string): Promise<Customer> {
  const at = '2026-01-01T00:00:00.000Z';
  const c: Customer = {
    id: `rpr-${++seq}-${Date.now()}`, name: `计划提醒测试${seq}有限公司`, creditCode: newCreditCode(), kind: 'main-business', tier: 'reserve',
    annualAmountFen: 0, creditRating: 'AA', unitId: 'east', ownerId, contacts: [], notes: '', createdAt: at, updatedAt: at, createdBy: 'seed', updatedBy: 'seed', version: 1,
  };
  await customers.create(c);
  return c;
}

/** An east plan of November 2026 (Shanghai days 2nd–30th) naming `named`, approved on October 31st unless told otherwise. */
async function seedPlan(id: string, named: Customer[], over: Partial<TemporaryPlan> = {}): Promise<TemporaryPlan> {
  const p: TemporaryPlan = {
    id, unitId: 'east', purpose: `包装破损集中回访-${id}`, background: '', channels: ['phone', 'on-site'],
    customers: named.map((c) => ({ id: c.id, name: c.name, tier: c.tier, ownerId: c.ownerId })),
    startDate: '2026-11-02', endDate: '2026-11-30', status: 'approved',
    createdBy: { id: 'sales.zhang', name: '张伟', role: 'sales' }, createdAt: '2026-10-30T02:00:00.000Z', submittedAt: '2026-10-30T02:00:00.000Z',
    decisions: [{ decision: 'approved', by: { id: 'leader', name: '陈志远' }, at: '2026-10-31T02:00:00.000Z' }], approvedAt: '2026-10-31T02:00:00.000Z',
    updatedAt: '2026-10-31T02:00:00.000Z', version: 2, ...over,
  };
  await plans.create(p);
  return p;
}

async function inbox(user: string) {
  const out = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': `INBOX#${user}` } }));
  return (out.Items ?? []) as { kind: string; link?: string; title: { 'zh-CN': string } }[];
}

let clock = new Date('2026-11-28T01:00:00Z');
let deps: RevisitDeps;
let met: Customer; // visited by phone on November 5th: the plan is met for it
let unmet: Customer; // owed, never visited
let pendingOnly: Customer; // only in a plan leadership has not approved
let plan: TemporaryPlan;
let visit: string;
const source = () => async (v: (cs: Customer[]) => Promise<void>) => v([met, unmet, pendingOnly]);
const claimsOn = async (day: string) => (await deps.revisits.remindersOn(day)).filter((c) => [met.id, unmet.id, pendingOnly.id].includes(c.customerId as string));

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  deps = { ...revisitDeps(client, tableName), now: () => clock };
  met = await seedCustomer('east.staff2');
  unmet = await seedCustomer('east.staff2');
  pendingOnly = await seedCustomer('east.staff');
  plan = await seedPlan(`tp-a-${Date.now()}`, [met, unmet]);
  await seedPlan(`tp-p-${Date.now()}`, [pendingOnly], { status: 'pending', decisions: [], approvedAt: undefined, version: 1 });
  await seedPlan(`tp-c-${Date.now()}`, [pendingOnly], { status: 'cancelled', cancellation: { by: { id: 'east.head', name: '孙强' }, at: '2026-11-03T02:00:00.000Z', reason: '已处理' } });
  const r = await api.call('POST', `/customers/${met.id}/revisits`, {
    as: callers.eastStaff2,
    body: { visitedAt: '2026-11-05T10:00:00+08:00', channel: 'phone', visitors: [{ name: '吴昊', rank: 'salesperson' }], satisfaction: 4 },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  visit = r.body.id;
});
afterAll(() => api?.close());

describe('approved temporary plans in the daily reminders', () => {
  it('reminds the owner of a plan revisit due soon once a day; the met one and a plan not approved owe nothing', async () => {
    clock = new Date('2026-11-28T01:00:00Z'); // 09:00 in Shanghai, under three days before the plan closes
    expect(await remindRevisits(deps, source())).toMatchObject({ customers: 3, reminded: 1, escalated: 0, alreadyToday: 0 });
    const claims = await claimsOn('2026-11-28');
    expect(claims.map((c) => [c.customerId, c.obligationKey, c.status])).toEqual([[unmet.id, `plan#${plan.id}`, 'due-soon']]);
    const notes = (await inbox('east.staff2')).filter((n) => n.link === `/customers/${unmet.id}/revisits`);
    expect(notes.map((n) => n.kind)).toEqual(['revisit-reminder']);
    expect(notes[0]!.title['zh-CN']).toContain('临时计划回访即将到期');
    expect((await inbox('east.staff2')).some((n) => n.link === `/customers/${met.id}/revisits`)).toBe(false);
    expect((await inbox('east.staff')).some((n) => n.link === `/customers/${pendingOnly.id}/revisits`)).toBe(false);

    clock = new Date('2026-11-28T09:00:00Z'); // later the same Shanghai day
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 0, alreadyToday: 1 });
    expect((await inbox('east.staff2')).filter((n) => n.link === `/customers/${unmet.id}/revisits`)).toHaveLength(1);
  });

  it('escalates a plan revisit left unmet to the owner’s head, once a day, for the escalation window only', async () => {
    clock = new Date('2026-12-02T01:00:00Z'); // the plan closed on November 30th
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 1, escalated: 1 });
    const head = (await inbox('east.head')).filter((n) => n.link === `/customers/${unmet.id}/revisits`);
    expect(head.map((n) => n.kind)).toEqual(['revisit-escalation']);
    expect(head[0]!.title['zh-CN']).toContain('临时计划回访逾期督办');
    expect((await claimsOn('2026-12-02')).map((c) => [c.customerId, c.obligationKey, c.status, c.heads])).toEqual([[unmet.id, `plan#${plan.id}`, 'overdue', ['east.head']]]);
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 0, alreadyToday: 1 });

    clock = new Date('2026-12-15T01:00:00Z'); // 14 days and 9 hours after the plan closed: past the default 14 days
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 0, escalated: 0 });
  });

  it('counts the plan in coverage as its own row, its unmet revisit in the overdue list, apart from the tiers', async () => {
    clock = new Date('2026-12-02T01:00:00Z');
    const coverage = await revisitCoverage(deps, { period: 'quarter', unitId: 'east' }, callers.salesHead);
    expect(coverage.plans.filter((p) => p.planId === plan.id)).toEqual([
      { unitId: 'east', planId: plan.id, purpose: plan.purpose, startDate: '2026-11-02', endDate: '2026-11-30', owed: 2, met: 1, overdue: 1, share: 0.5 },
    ]);
    expect(coverage.plans.map((p) => p.planId)).toEqual([plan.id]); // neither the pending nor the cancelled plan
    expect(coverage.overdue.filter((o) => o.customerId === unmet.id)).toEqual([
      expect.objectContaining({ ruleId: `plan#${plan.id}`, periodId: '2026-Q4', tier: 'reserve', ownerId: 'east.staff2', status: 'overdue', plan: { id: plan.id, purpose: plan.purpose, endDate: '2026-11-30' } }),
    ]);
    expect(coverage.rows.some((r) => r.tier === 'reserve')).toBe(false);
    expect(coverage.byTier.some((t) => t.tier === 'reserve')).toBe(false);
    // a plan of another quarter is not this quarter's
    const q1 = await revisitCoverage(deps, { period: 'quarter', unitId: 'east', at: '2027-02-01' }, callers.salesHead);
    expect(q1.plans).toEqual([]);
    // another unit's head sees none of it
    const north = await revisitCoverage(deps, { period: 'quarter' }, { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' });
    expect(north.plans).toEqual([]);
  });

  it('shows the plan’s revisits on its last day in the unit’s and the owner’s calendar, marked with its purpose', async () => {
    clock = new Date('2026-12-02T01:00:00Z');
    const unit = await revisitCalendar(deps, { month: '2026-11', unitId: 'east' }, callers.salesHead);
    const planned = unit.entries.filter((e) => e.kind === 'plan' && [met.id, unmet.id, pendingOnly.id].includes(e.customerId));
    expect(planned).toEqual([
      expect.objectContaining({ kind: 'plan', date: '2026-11-30', customerId: met.id, planId: plan.id, purpose: plan.purpose, status: 'met', metBy: [visit] }),
      expect.objectContaining({ kind: 'plan', date: '2026-11-30', customerId: unmet.id, planId: plan.id, purpose: plan.purpose, status: 'overdue', metBy: [] }),
    ]);
    const person = await revisitCalendar(deps, { month: '2026-11' }, callers.eastStaff2);
    expect(person.entries.filter((e) => e.kind === 'plan').map((e) => e.customerId).sort()).toEqual([met.id, unmet.id].sort());
    const other = await revisitCalendar(deps, { month: '2026-11' }, callers.eastStaff);
    expect(other.entries.some((e) => e.kind === 'plan' && e.customerId === pendingOnly.id)).toBe(false);
    const december = await revisitCalendar(deps, { month: '2026-12', unitId: 'east' }, callers.salesHead);
    expect(december.entries.some((e) => e.kind === 'plan' && e.planId === plan.id)).toBe(false);
  });

  it('follows the reminder timing an administrator sets, in the job and in the plans’ due list', async () => {
    const planDeps = { ...revisitPlanDeps(client, tableName), now: () => clock };
    const dueOf = async () => (await planDue(planDeps, { unitId: 'east' }, callers.salesHead)).items.find((i) => i.customer.id === unmet.id)?.status;
    clock = new Date('2026-11-29T01:00:00Z'); // 1 day 15 hours before the plan closes
    expect(await dueOf()).toBe('due-soon'); // within the default 3 days

    const timing = { leadDays: { month: 5, quarter: 14, 'half-year': 30 }, planLeadDays: 1, escalateDays: 30 };
    const saved = await api.call('PUT', '/settings/revisits', { as: callers.admin, body: { ...defaultRevisitSettings, reminders: timing }, headers: { 'if-match': '"0"' } });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);

    expect(await dueOf()).toBe('open');
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 0 });
    expect(await claimsOn('2026-11-29')).toEqual([]);
    // escalated for 30 days now: on December 15th it still is
    clock = new Date('2026-12-16T01:00:00Z');
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 1, escalated: 1 });
    clock = new Date('2027-01-01T01:00:00Z');
    expect(await remindRevisits(deps, source())).toMatchObject({ reminded: 0, escalated: 0 });
  });
});
