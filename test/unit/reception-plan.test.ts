import { describe, expect, it } from 'vitest';
import { generatePlan, registerVisit, type PlanInput } from '../../shared/reception/plan';
import { stepOverdue, visitView } from '../../shared/reception/visit-view';
import { cellById, dueOffsetHours, visitRank } from '../../shared/reception/standard';
import { shanghaiDate } from '../../shared/shanghai-time';
import type { VisitRegisterInput } from '../../shared/schemas/visit.schema';

const now = new Date('2026-11-20T02:00:00Z');
// 01:30 on 1 December in Shanghai, i.e. 17:30 UTC on 30 November: every step is due on an earlier Shanghai day.
const arrivalAt = '2026-11-30T17:30:00.000Z';
const input = (lodging = false): PlanInput => ({ arrivalAt, hostUnitId: 'east', lodging: { requested: lodging }, registeredBy: { id: 'east.staff', name: '周婷' } });
const statuses = (steps: { id: string; status: string }[]) => Object.fromEntries(steps.map((s) => [s.id, s.status]));

describe('generating a reception plan', () => {
  it('books lodging only when the customer asked for it', () => {
    for (const cell of ['vip.chairman-gm', 'vip.below-manager', 'key.manager-and-below', 'unit-own'] as const) {
      expect(generatePlan(input(false), cellById(cell), now).steps.map((s) => s.kind)).not.toContain('lodging');
      expect(generatePlan(input(true), cellById(cell), now).steps.map((s) => s.kind)).toContain('lodging');
    }
  });

  it('holds every step but the information, the plan and its approval while approval is pending', () => {
    const plan = generatePlan(input(true), cellById('vip.chairman-gm'), now);
    expect(plan.status).toBe('awaiting-approval');
    expect(statuses(plan.steps)).toEqual({
      info: 'open', plan: 'open', approval: 'open', lodging: 'waiting', pickup: 'waiting', meeting: 'waiting', banquet: 'waiting',
    });
    expect(plan.approval).toEqual({
      required: true,
      approver: { party: 'company-leadership', role: 'leadership' },
      status: 'pending',
      rounds: [{ submittedAt: now.toISOString(), submittedBy: { id: 'east.staff', name: '周婷' } }],
    });
    expect(plan.drafter).toEqual({ party: 'sales-department', role: 'sales-head' });
  });

  it('opens every step at once where the standard asks no approval', () => {
    const plan = generatePlan(input(false), cellById('key.manager-and-below'), now);
    expect(plan.status).toBe('open');
    expect(plan.approval.status).toBe('not-required');
    expect(new Set(plan.steps.map((s) => s.status))).toEqual(new Set(['open']));
    expect(plan.steps.map((s) => s.kind)).toEqual(['info', 'plan', 'pickup', 'vehicles', 'screen', 'meeting']);
  });

  it('puts the approval step, owned by the approver, right after the plan, quoting the same clause', () => {
    const plan = generatePlan(input(false), cellById('key.chairman-gm'), now);
    const [, planStep, approval] = plan.steps;
    expect(planStep).toMatchObject({ kind: 'plan', owner: { role: 'unit-head', unitId: 'east' }, clause: '第十条〔三〕2〔1〕②' });
    expect(approval).toMatchObject({ kind: 'approval', owner: { party: 'leader-in-charge', role: 'leadership' }, clause: '第十条〔三〕2〔1〕②', source: planStep!.source });
  });

  it('resolves unit parties to the hosting unit and company parties to no unit', () => {
    const plan = generatePlan(input(false), cellById('key.chairman-gm'), now);
    const pickup = plan.steps.find((s) => s.kind === 'pickup')!;
    expect(pickup.owner).toEqual({ party: 'business-unit-leader', role: 'unit-head', unitId: 'east' });
    expect(pickup.alternates).toEqual([{ party: 'salesperson', role: 'unit-staff', unitId: 'east' }]);
    expect(plan.steps.find((s) => s.kind === 'info')!.reportTo).toEqual({ party: 'company-office', role: 'office' });
  });

  it('dates each step from the arrival, across midnight in Asia/Shanghai', () => {
    const plan = generatePlan(input(true), cellById('vip.chairman-gm'), now);
    const due = Object.fromEntries(plan.steps.map((s) => [s.kind, s.dueAt]));
    expect(due).toEqual({
      info: '2026-11-27T17:30:00.000Z', // 72 h before: 28 Nov 01:30 in Shanghai
      plan: '2026-11-28T17:30:00.000Z',
      approval: '2026-11-29T05:30:00.000Z', // 36 h before: 29 Nov 13:30 in Shanghai
      lodging: '2026-11-29T17:30:00.000Z', // 24 h before: 30 Nov 01:30
      meeting: '2026-11-29T17:30:00.000Z',
      banquet: '2026-11-29T17:30:00.000Z',
      pickup: arrivalAt,
    });
    expect(shanghaiDate(due.pickup!)).toBe('2026-12-01');
    expect(shanghaiDate(due.lodging!)).toBe('2026-11-30');
    const screen = generatePlan(input(false), cellById('key.manager-and-below'), now).steps.find((s) => s.kind === 'screen')!;
    // 2 h before 01:30 is 23:30 the evening before, in Shanghai.
    expect(screen.dueAt).toBe('2026-11-30T15:30:00.000Z');
    expect(shanghaiDate(screen.dueAt)).toBe('2026-11-30');
    expect(dueOffsetHours).toMatchObject({ info: -72, plan: -48, approval: -36, lodging: -24, vehicles: -2, screen: -2, pickup: 0 });
  });
});

describe('registering a visit', () => {
  const registration: VisitRegisterInput = {
    customerId: 'c1',
    visitors: [
      { name: '赵总', title: '采购经理', rank: 'manager' },
      { name: '钱董', title: '董事长', rank: 'chairman-gm' },
    ],
    arrivalAt,
    departureAt: '2026-12-02T09:00:00.000Z',
    purpose: '年度合作洽谈',
    travel: { arrival: { mode: 'airport', place: '浦东机场', at: arrivalAt, reference: 'MU5101' } },
    lodging: { requested: true, rooms: 2 },
    headcount: 3,
  };
  const customer = { id: 'c1', name: '上海浦江精密机械有限公司', tier: 'vip' as const, unitId: 'north' as const };

  it('takes the highest visitor’s rank and the customer’s tier now, and hosts in the registrant’s unit', () => {
    const visit = registerVisit(registration, customer, { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' }, 'v1', now);
    expect(visit).toMatchObject({ rank: 'chairman-gm', tier: 'vip', cell: 'vip.chairman-gm', hostUnitId: 'east', status: 'awaiting-approval', version: 1 });
    expect(visit.steps.find((s) => s.kind === 'info')!.owner.unitId).toBe('east');
  });

  it('hosts in the customer’s unit when the registrant belongs to none', () => {
    const visit = registerVisit(registration, customer, { id: 'sales.zhang', name: '张伟', role: 'sales' }, 'v1', now);
    expect(visit.hostUnitId).toBe('north');
  });

  it('ranks visitors highest first', () => {
    expect(visitRank([{ rank: 'below-manager' }, { rank: 'manager' }])).toBe('manager');
    expect(visitRank([{ rank: 'below-manager' }])).toBe('below-manager');
  });
});

describe('overdue steps', () => {
  const visit = registerVisit(
    { customerId: 'c1', visitors: [{ name: '孙经理', title: '', rank: 'below-manager' }], arrivalAt, departureAt: '2026-12-01T09:00:00.000Z', purpose: '技术交流', travel: {}, lodging: { requested: false }, headcount: 1 },
    { id: 'c1', name: '客户', tier: 'key', unitId: 'east' },
    { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
    'v2',
    now,
  );
  const info = visit.steps.find((s) => s.kind === 'info')!;

  it('are the steps not done past their due time, as a pure function of now', () => {
    expect(stepOverdue(info, visit, new Date(info.dueAt))).toBe(false);
    expect(stepOverdue(info, visit, new Date(Date.parse(info.dueAt) + 1))).toBe(true);
    expect(stepOverdue({ ...info, status: 'done' }, visit, new Date(Date.parse(info.dueAt) + 1))).toBe(false);
  });

  it('are flagged in reads with their count, and no longer once the visit is recorded or cancelled', () => {
    const justBeforeArrival = new Date(Date.parse(arrivalAt) - 60_000);
    const view = visitView(visit, justBeforeArrival);
    // Everything due before arrival is late; the pick-up is due at arrival itself.
    expect(view.steps.filter((s) => s.overdue).map((s) => s.kind)).toEqual(['info', 'plan', 'vehicles', 'screen', 'meeting']);
    expect(view.overdueCount).toBe(5);
    expect(visitView({ ...visit, status: 'recorded' }, justBeforeArrival).overdueCount).toBe(0);
    expect(visitView({ ...visit, status: 'cancelled' }, justBeforeArrival).overdueCount).toBe(0);
  });
});
