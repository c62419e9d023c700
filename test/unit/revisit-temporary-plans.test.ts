import { describe, expect, it } from 'vitest';
import { planProgress, planRevisits, planWindow, type PlanRevisitFact } from '../../shared/revisits/plans';
import {
  cancelPlan,
  decidePlan,
  movePlan,
  planVisible,
  resubmitPlan,
  temporaryPlanEvents,
  type PlanActor,
  type TemporaryPlanEvent,
} from '../../shared/revisits/temporary-plan-state';
import {
  temporaryPlanCreateSchema,
  temporaryPlanDecisionSchema,
  temporaryPlanStatuses,
  type TemporaryPlan,
  type TemporaryPlanStatus,
} from '../../shared/schemas/revisit-plan.schema';
import { validate } from '../../shared/validation';
import { pendingPlan } from '../support/temporary-plan';

/**
 * Every status × event, written out here apart from the table in shared/revisits/temporary-plan-state.ts:
 * the status it moves to, or the message it is refused with.
 */
const table: Record<TemporaryPlanStatus, Record<TemporaryPlanEvent, TemporaryPlanStatus | `refused:${string}`>> = {
  pending: { approve: 'approved', reject: 'rejected', resubmit: 'refused:revisit_plan_not_rejected', cancel: 'cancelled' },
  rejected: { approve: 'refused:revisit_plan_not_pending', reject: 'refused:revisit_plan_not_pending', resubmit: 'pending', cancel: 'cancelled' },
  approved: { approve: 'refused:revisit_plan_not_pending', reject: 'refused:revisit_plan_not_pending', resubmit: 'refused:revisit_plan_not_rejected', cancel: 'cancelled' },
  cancelled: { approve: 'refused:revisit_plan_closed', reject: 'refused:revisit_plan_closed', resubmit: 'refused:revisit_plan_closed', cancel: 'refused:revisit_plan_closed' },
};

const leader: PlanActor = { id: 'leader', name: '陈志远', role: 'leadership' };
const eastHead: PlanActor = { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' };
const northHead: PlanActor = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };
const salesZhang: PlanActor = { id: 'sales.zhang', name: '张伟', role: 'sales' };
const eastStaff: PlanActor = { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' };

const plan = pendingPlan;

const now = new Date('2026-11-05T02:00:00.000Z');
const edit = { purpose: '改为电话回访', background: '', customerIds: ['c1'], channels: ['phone' as const], startDate: '2026-11-10', endDate: '2026-11-20' };

describe('temporary plan moves', () => {
  for (const status of temporaryPlanStatuses) {
    for (const event of temporaryPlanEvents) {
      const expected = table[status][event];
      it(`${status} + ${event} → ${expected}`, () => {
        const m = movePlan(status, event);
        expect('to' in m ? m.to : `refused:${m.refused}`).toBe(expected);
      });
    }
  }

  it('applies the table through every action, leaving the plan untouched when refused', () => {
    for (const status of temporaryPlanStatuses) {
      const before = plan({ status });
      const frozen = structuredClone(before);
      const outcomes: Record<TemporaryPlanEvent, ReturnType<typeof decidePlan>> = {
        approve: decidePlan(before, leader, { decision: 'approved' }, now),
        reject: decidePlan(before, leader, { decision: 'rejected', reason: '范围过大' }, now),
        resubmit: resubmitPlan(before, salesZhang, { ...edit, background: '' }, [before.customers[0]!], now),
        cancel: cancelPlan(before, salesZhang, '客户问题已统一解决', now),
      };
      for (const event of temporaryPlanEvents) {
        const expected = table[status][event];
        const outcome = outcomes[event];
        if (expected.startsWith('refused:')) {
          expect(outcome, `${status} + ${event}`).toEqual({ ok: false, kind: 'conflict', code: expected.slice('refused:'.length) });
        } else {
          expect(outcome.ok && outcome.plan.status, `${status} + ${event}`).toBe(expected);
          expect(outcome.ok && outcome.plan.version).toBe(before.version + 1);
        }
      }
      expect(before).toEqual(frozen);
    }
  });
});

describe('who may move a temporary plan', () => {
  it('lets only leadership decide', () => {
    for (const a of [eastHead, salesZhang, { id: 'admin', name: '王磊', role: 'admin' } as PlanActor, { id: 'sales.head', name: '李静', role: 'sales-head' } as PlanActor]) {
      expect(decidePlan(plan(), a, { decision: 'approved' }, now)).toEqual({ ok: false, kind: 'forbidden', code: 'forbidden' });
    }
    const approved = decidePlan(plan(), leader, { decision: 'approved' }, now);
    expect(approved.ok && approved.plan.approvedAt).toBe(now.toISOString());
    expect(approved.ok && approved.plan.decisions).toEqual([{ decision: 'approved', by: { id: 'leader', name: '陈志远' }, at: now.toISOString() }]);
  });

  it('keeps the rejection reason and clears no earlier decision', () => {
    const rejected = decidePlan(plan(), leader, { decision: 'rejected', reason: '客户名单需核实' }, now);
    if (!rejected.ok) throw new Error('refused');
    expect(rejected.plan.approvedAt).toBeUndefined();
    const again = resubmitPlan(rejected.plan, salesZhang, edit, [rejected.plan.customers[0]!], new Date('2026-11-06T00:00:00Z'));
    if (!again.ok) throw new Error('refused');
    expect(again.plan).toMatchObject({ status: 'pending', purpose: '改为电话回访', startDate: '2026-11-10', submittedAt: '2026-11-06T00:00:00.000Z' });
    expect(again.plan.decisions.map((d) => d.reason)).toEqual(['客户名单需核实']);
  });

  it('lets the submitter, the plan unit’s head, Sales heads and admins resubmit or cancel — not another unit or a unit salesperson', () => {
    const rejected = plan({ status: 'rejected' });
    expect(resubmitPlan(rejected, eastHead, edit, [], now).ok).toBe(true);
    expect(resubmitPlan(rejected, salesZhang, edit, [], now).ok).toBe(true);
    expect(resubmitPlan(rejected, northHead, edit, [], now)).toEqual({ ok: false, kind: 'forbidden', code: 'revisit_plan_not_yours' });
    expect(cancelPlan(plan(), eastStaff, '不需要了', now)).toEqual({ ok: false, kind: 'forbidden', code: 'revisit_plan_not_yours' });
    expect(cancelPlan(plan(), { id: 'sales.head', name: '李静', role: 'sales-head' }, '不需要了', now).ok).toBe(true);
  });

  it('shows a unit’s plans to that unit only, and to everyone outside the units', () => {
    expect(planVisible(plan(), eastStaff)).toBe(true);
    expect(planVisible(plan(), northHead)).toBe(false);
    expect(planVisible(plan(), leader)).toBe(true);
  });
});

describe('when an approved plan runs and what it owes', () => {
  const approved = (approvedAt: string, over: Partial<TemporaryPlan> = {}) => plan({ status: 'approved', approvedAt, ...over });

  it('runs from its first day (midnight Shanghai) to the end of its last day', () => {
    expect(planWindow(approved('2026-10-31T00:00:00.000Z'))).toEqual({ start: '2026-11-01T16:00:00.000Z', end: '2026-11-30T16:00:00.000Z' });
  });

  it('runs only from the approval when leadership approved it after the first day', () => {
    expect(planWindow(approved('2026-11-04T03:30:00.000Z'))?.start).toBe('2026-11-04T03:30:00.000Z');
  });

  it('has no window unless approved', () => {
    for (const status of ['pending', 'rejected', 'cancelled'] as const) expect(planWindow(plan({ status, approvedAt: '2026-11-01T00:00:00.000Z' }))).toBeUndefined();
  });

  const r = (id: string, customerId: string, visitedAt: string, channel: PlanRevisitFact['channel'] = 'phone'): PlanRevisitFact => ({ id, customerId, visitedAt, channel });
  const p = approved('2026-10-31T00:00:00.000Z');

  it.each([
    // [revisit instant, counts?] at the window's edges (Shanghai midnight = 16:00Z the day before)
    ['2026-11-01T15:59:59.999Z', false], // 23:59:59.999 on 1 Nov in Shanghai: before the first day
    ['2026-11-01T16:00:00.000Z', true], // 00:00 on 2 Nov
    ['2026-11-30T15:59:59.999Z', true], // the last millisecond of 30 Nov
    ['2026-11-30T16:00:00.000Z', false], // 00:00 on 1 Dec
  ])('a revisit at %s counts: %s', (at, counts) => {
    const items = planRevisits(p, [r('r1', 'c1', at)], new Date('2026-12-10T00:00:00Z'), 3);
    expect(items[0]!.status).toBe(counts ? 'met' : 'overdue');
  });

  it('counts only the plan’s channels and its own customer', () => {
    const items = planRevisits(p, [r('r1', 'c1', '2026-11-03T02:00:00Z', 'email'), r('r2', 'c9', '2026-11-03T02:00:00Z')], now, 3);
    expect(items.map((i) => i.status)).toEqual(['open', 'open']);
  });

  it.each([
    ['2026-11-01T15:00:00.000Z', 'upcoming'],
    ['2026-11-20T00:00:00.000Z', 'open'],
    ['2026-11-27T16:00:00.000Z', 'due-soon'], // three days before the window closes
    ['2026-11-30T16:00:00.000Z', 'overdue'],
  ] as const)('an unmet customer at %s is %s', (at, status) => {
    expect(planRevisits(p, [], new Date(at), 3)[0]!.status).toBe(status);
  });

  it('does not count a revisit dated after now', () => {
    const items = planRevisits(p, [r('r1', 'c1', '2026-11-20T00:00:00Z')], new Date('2026-11-10T00:00:00Z'), 3);
    expect(items[0]!.status).toBe('open');
  });

  it('owes nothing for a plan that is not approved', () => {
    expect(planRevisits(plan(), [], now, 3)).toEqual([]);
  });

  it('sums a plan’s progress', () => {
    const items = planRevisits(p, [r('r1', 'c1', '2026-11-03T02:00:00Z')], new Date('2026-12-02T00:00:00Z'), 3);
    expect(planProgress(items)).toEqual({ customers: 2, met: 1, overdue: 1, open: 0 });
  });
});

describe('temporary plan requests', () => {
  const body = { purpose: '质量问题回访', customerIds: ['c1', 'c2'], startDate: '2026-12-01', endDate: '2026-12-31' };

  it('takes all channels by default and refuses dates out of order, too long a plan and a customer twice', () => {
    const ok = validate(temporaryPlanCreateSchema, body, 'zh-CN');
    expect(ok.ok && ok.value.channels).toEqual(['phone', 'sms', 'email', 'on-site']);
    const order = validate(temporaryPlanCreateSchema, { ...body, endDate: '2026-11-30' }, 'en');
    expect(!order.ok && order.fields).toEqual({ endDate: 'The end date cannot be before the start date.' });
    const long = validate(temporaryPlanCreateSchema, { ...body, endDate: '2027-03-03' }, 'zh-CN');
    expect(!long.ok && long.fields).toEqual({ endDate: '临时回访计划最长 92 天。' });
    const twice = validate(temporaryPlanCreateSchema, { ...body, customerIds: ['c1', 'c1'] }, 'zh-CN');
    expect(!twice.ok && twice.fields).toEqual({ customerIds: '同一客户不能重复列入。' });
  });

  it('refuses fields a caller may not set', () => {
    const res = validate(temporaryPlanCreateSchema, { ...body, status: 'approved' }, 'en');
    expect(!res.ok && res.fields).toEqual({ status: 'Unknown field.' });
  });

  it('asks a reason of a rejection, not of an approval', () => {
    expect(validate(temporaryPlanDecisionSchema, { decision: 'approved' }, 'zh-CN').ok).toBe(true);
    const res = validate(temporaryPlanDecisionSchema, { decision: 'rejected' }, 'zh-CN');
    expect(!res.ok && res.fields).toEqual({ reason: '退回或取消时须说明理由。' });
  });
});
