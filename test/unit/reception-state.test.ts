import { describe, expect, it } from 'vitest';
import { registerVisit } from '../../shared/reception/plan';
import {
  cancelVisit,
  decide,
  editUnitSteps,
  recordVisit,
  resubmit,
  tickStep,
  visitVisible,
  type Actor,
} from '../../shared/reception/visit-actions';
import { move, visitEvents, type VisitEvent } from '../../shared/reception/visit-state';
import type { Tier } from '../../shared/schemas/customer.schema';
import { visitStatuses, type Visit, type VisitorRank, type VisitStatus } from '../../shared/schemas/visit.schema';

/**
 * Every status × event, written out here apart from the table in shared/reception/visit-state.ts:
 * a status it moves to, or the message it is refused with.
 */
const table: Record<VisitStatus, Record<VisitEvent, VisitStatus | `refused:${string}`>> = {
  'awaiting-approval': {
    approve: 'open', reject: 'rejected', resubmit: 'refused:visit_not_rejected', tick: 'awaiting-approval',
    'edit-steps': 'refused:visit_not_approved', record: 'refused:visit_not_approved', cancel: 'cancelled', 'follow-up': 'refused:visit_not_recorded',
  },
  rejected: {
    approve: 'refused:visit_not_awaiting_approval', reject: 'refused:visit_not_awaiting_approval', resubmit: 'awaiting-approval', tick: 'rejected',
    'edit-steps': 'refused:visit_not_approved', record: 'refused:visit_not_approved', cancel: 'cancelled', 'follow-up': 'refused:visit_not_recorded',
  },
  open: {
    approve: 'refused:visit_not_awaiting_approval', reject: 'refused:visit_not_awaiting_approval', resubmit: 'refused:visit_not_rejected', tick: 'open',
    'edit-steps': 'open', record: 'recorded', cancel: 'cancelled', 'follow-up': 'refused:visit_not_recorded',
  },
  recorded: {
    approve: 'refused:visit_closed', reject: 'refused:visit_closed', resubmit: 'refused:visit_closed', tick: 'refused:visit_closed',
    'edit-steps': 'refused:visit_closed', record: 'refused:visit_closed', cancel: 'refused:visit_closed', 'follow-up': 'recorded',
  },
  cancelled: {
    approve: 'refused:visit_closed', reject: 'refused:visit_closed', resubmit: 'refused:visit_closed', tick: 'refused:visit_closed',
    'edit-steps': 'refused:visit_closed', record: 'refused:visit_closed', cancel: 'refused:visit_closed', 'follow-up': 'refused:visit_closed',
  },
};

describe('visit state transitions', () => {
  const cases = visitStatuses.flatMap((s) => visitEvents.map((e) => [s, e, table[s][e]] as const));

  it.each(cases)('%s + %s → %s', (status, event, want) => {
    const m = move(status, event);
    expect('to' in m ? m.to : `refused:${m.refused}`).toBe(want);
  });
});

const now = new Date('2026-11-20T02:00:00Z');
const arrivalAt = '2026-12-01T02:00:00.000Z';
const actors = {
  leader: { id: 'leader', name: '陈志远', role: 'leadership' },
  salesHead: { id: 'sales.head', name: '李静', role: 'sales-head' },
  sales: { id: 'sales.zhang', name: '张伟', role: 'sales' },
  office: { id: 'office.liu', name: '刘芳', role: 'office' },
  admin: { id: 'admin', name: '王磊', role: 'admin' },
  eastHead: { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  eastStaff: { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
  eastStaff2: { id: 'east.staff2', name: '吴昊', role: 'unit-staff', unitId: 'east' },
  northHead: { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' },
  northStaff: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
} satisfies Record<string, Actor>;

function visitOf(tier: Tier, rank: VisitorRank, by: Actor = actors.eastStaff, lodging = false): Visit {
  return registerVisit(
    {
      customerId: 'c1',
      visitors: [{ name: '钱董', title: '', rank }],
      arrivalAt,
      departureAt: '2026-12-02T02:00:00.000Z',
      purpose: '年度合作洽谈',
      travel: {},
      lodging: { requested: lodging },
      headcount: 2,
    },
    { id: 'c1', name: '上海浦江精密机械有限公司', tier, unitId: 'east' },
    by,
    'v1',
    now,
  );
}

function ok<T extends { ok: boolean }>(outcome: T): Extract<T, { ok: true }> {
  expect(outcome).toMatchObject({ ok: true });
  return outcome as Extract<T, { ok: true }>;
}

describe('deciding a plan', () => {
  it('is the approver’s alone', () => {
    const visit = visitOf('vip', 'chairman-gm');
    for (const a of [actors.admin, actors.salesHead, actors.eastHead, actors.office]) {
      expect(decide(visit, a, { decision: 'approved' }, now)).toEqual({ ok: false, kind: 'forbidden', code: 'visit_not_approver' });
    }
  });

  it('approved: the plan and approval are done and every waiting step opens', () => {
    const visit = visitOf('vip', 'chairman-gm', actors.eastStaff, true);
    const { visit: after, opened } = ok(decide(visit, actors.leader, { decision: 'approved' }, now));
    expect(after).toMatchObject({ status: 'open', version: 2, approval: { status: 'approved' } });
    expect(after.approval.rounds[0]).toMatchObject({ decision: 'approved', decidedBy: { id: 'leader' } });
    expect(opened.map((s) => s.kind)).toEqual(['lodging', 'pickup', 'meeting', 'banquet']);
    expect(after.steps.find((s) => s.kind === 'plan')).toMatchObject({ status: 'done', doneBy: { id: 'east.staff' } });
    expect(after.steps.find((s) => s.kind === 'approval')).toMatchObject({ status: 'done', doneBy: { id: 'leader' } });
    expect(after.steps.filter((s) => s.status === 'waiting')).toEqual([]);
  });

  it('rejected: back to the drafter, the approval waits for a resubmission, the rest keep waiting', () => {
    const visit = visitOf('key', 'chairman-gm');
    const { visit: rejected } = ok(decide(visit, actors.leader, { decision: 'rejected', reason: '宴请规格过高' }, now));
    expect(rejected).toMatchObject({ status: 'rejected', approval: { status: 'rejected', rounds: [{ decision: 'rejected', reason: '宴请规格过高' }] } });
    expect(rejected.steps.find((s) => s.kind === 'approval')!.status).toBe('waiting');
    expect(rejected.steps.find((s) => s.kind === 'plan')!.status).toBe('open');
    expect(rejected.steps.find((s) => s.kind === 'banquet')!.status).toBe('waiting');

    // The drafter (the business department: its head) revises and resubmits; nobody else may.
    expect(resubmit(rejected, actors.eastStaff, {}, now)).toMatchObject({ ok: false, code: 'visit_not_drafter' });
    expect(resubmit(rejected, actors.northHead, {}, now)).toMatchObject({ ok: false, code: 'visit_not_drafter' });
    const { visit: again } = ok(resubmit(rejected, actors.eastHead, { planNotes: '改为工作餐' }, now));
    expect(again).toMatchObject({ status: 'awaiting-approval', plan: { notes: '改为工作餐' }, approval: { status: 'pending' } });
    expect(again.approval.rounds).toHaveLength(2);
    expect(again.approval.rounds[1]).toMatchObject({ submittedBy: { id: 'east.head' }, planNotes: '改为工作餐' });
    expect(again.steps.find((s) => s.kind === 'approval')!.status).toBe('open');
    expect(ok(decide(again, actors.leader, { decision: 'approved' }, now)).visit.status).toBe('open');
  });

  it('cannot be decided twice', () => {
    const { visit } = ok(decide(visitOf('vip', 'manager'), actors.leader, { decision: 'approved' }, now));
    expect(decide(visit, actors.leader, { decision: 'rejected', reason: '不同意' }, now)).toMatchObject({ ok: false, kind: 'conflict', code: 'visit_not_awaiting_approval' });
  });

  it('a 1〔1〕 plan is redrafted by Sales (its head), not by the unit', () => {
    const { visit } = ok(decide(visitOf('vip', 'chairman-gm'), actors.leader, { decision: 'rejected', reason: '请补充会谈议程' }, now));
    expect(resubmit(visit, actors.eastHead, {}, now)).toMatchObject({ ok: false, code: 'visit_not_drafter' });
    expect(resubmit(visit, actors.salesHead, {}, now)).toMatchObject({ ok: true });
    expect(resubmit(visit, actors.admin, {}, now)).toMatchObject({ ok: true });
  });
});

describe('ticking steps', () => {
  it('is for the owner, an alternate, the hosting unit head or an admin', () => {
    const { visit } = ok(decide(visitOf('key', 'chairman-gm'), actors.leader, { decision: 'approved' }, now));
    // 2〔1〕④: the business department's leader or a salesperson meets the guests.
    expect(tickStep(visit, 'pickup', actors.eastStaff2, '', now)).toMatchObject({ ok: true });
    expect(tickStep(visit, 'pickup', actors.northStaff, '', now)).toMatchObject({ ok: false, kind: 'forbidden', code: 'visit_step_not_yours' });
    expect(tickStep(visit, 'pickup', actors.sales, '', now)).toMatchObject({ ok: false, code: 'visit_step_not_yours' });
    // The vehicles step has no alternates: a unit salesperson may not, the unit head and an admin may.
    expect(tickStep(visit, 'vehicles', actors.eastStaff, '', now)).toMatchObject({ ok: false, code: 'visit_step_not_yours' });
    expect(tickStep(visit, 'vehicles', actors.eastHead, '', now)).toMatchObject({ ok: true });
    expect(tickStep(visit, 'vehicles', actors.admin, '', now)).toMatchObject({ ok: true });
  });

  it('keeps the note, who and when, and refuses a second tick', () => {
    const visit = visitOf('vip', 'below-manager');
    const { visit: after, step } = ok(tickStep(visit, 'info', actors.eastHead, '来访 3 人，乘高铁', now));
    expect(step).toMatchObject({ status: 'done', note: '来访 3 人，乘高铁', doneBy: { id: 'east.head', name: '孙强' }, doneAt: now.toISOString() });
    expect(after.version).toBe(2);
    expect(tickStep(after, 'info', actors.eastHead, '', now)).toMatchObject({ ok: false, code: 'visit_step_done' });
    expect(tickStep(after, 'nope', actors.eastHead, '', now)).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('refuses waiting steps, and the plan and approval that close with the decision', () => {
    const visit = visitOf('vip', 'chairman-gm');
    expect(tickStep(visit, 'info', actors.eastHead, '', now)).toMatchObject({ ok: true });
    expect(tickStep(visit, 'pickup', actors.salesHead, '', now)).toMatchObject({ ok: false, code: 'visit_step_waiting' });
    expect(tickStep(visit, 'plan', actors.salesHead, '', now)).toMatchObject({ ok: false, code: 'visit_step_by_approval' });
    expect(tickStep(visit, 'approval', actors.admin, '', now)).toMatchObject({ ok: false, code: 'visit_step_by_approval' });
    // Without approval the drafter ticks the plan like any step.
    expect(tickStep(visitOf('key', 'manager'), 'plan', actors.eastHead, '', now)).toMatchObject({ ok: true });
    // The screen message of 2〔2〕⑥ is Sales's.
    expect(tickStep(visitOf('key', 'manager'), 'screen', actors.salesHead, '', now)).toMatchObject({ ok: true });
  });
});

describe('the unit’s own arrangement', () => {
  const steps = (v: Visit) => v.steps.map((s) => ({ id: s.id, title: s.title['zh-CN'], dueAt: s.dueAt }));

  it('is edited by the hosting unit only, for general and reserve customers only', () => {
    const visit = visitOf('general', 'chairman-gm');
    const input = { steps: [...steps(visit).filter((s) => s.id !== 'pickup'), { title: '参观展厅', dueAt: arrivalAt }] };
    const { visit: after } = ok(editUnitSteps(visit, actors.eastStaff2, input, now));
    expect(after.steps.map((s) => s.id)).toEqual(['info', 'plan', 'meeting', 'custom-1']);
    expect(after.steps.at(-1)).toMatchObject({ kind: 'custom', title: { 'zh-CN': '参观展厅' }, owner: { party: 'hosting-unit', unitId: 'east' }, status: 'open' });
    expect(after.steps[0]!.title.en).toBe('Collect the visit information');
    expect(editUnitSteps(visit, actors.northHead, input, now)).toMatchObject({ ok: false, code: 'visit_not_host' });
    expect(editUnitSteps(visit, actors.leader, input, now)).toMatchObject({ ok: false, code: 'visit_not_host' });
    expect(editUnitSteps(visitOf('key', 'manager'), actors.eastHead, input, now)).toMatchObject({ ok: false, code: 'visit_steps_from_standard' });
    expect(editUnitSteps(visit, actors.eastHead, { steps: [{ id: 'ghost', title: 'x', dueAt: arrivalAt }] }, now)).toMatchObject({
      ok: false,
      kind: 'invalid',
      fields: { 'steps.0.id': 'visit.stepUnknown' },
    });
  });

  it('keeps a step’s completion when it is edited', () => {
    const visit = ok(tickStep(visitOf('reserve', 'manager'), 'info', actors.eastHead, '已采集', now)).visit;
    const { visit: after } = ok(editUnitSteps(visit, actors.eastHead, { steps: [{ id: 'info', title: '收集来访名单', dueAt: arrivalAt }] }, now));
    expect(after.steps).toEqual([expect.objectContaining({ id: 'info', status: 'done', note: '已采集', title: { 'zh-CN': '收集来访名单', en: '收集来访名单' }, dueAt: arrivalAt })]);
  });
});

describe('after the visit, and cancelling', () => {
  const record = { metWith: ['孙强', '陈志远'], outcomes: '签订年度框架协议', followUps: [{ description: '报价单一周内发出', kind: 'service-request' as const }] };
  let n = 0;
  const newId = () => `f${++n}`;

  it('is recorded by the hosting side once the guests arrived', () => {
    const visit = visitOf('vip', 'below-manager', actors.salesHead);
    const afterArrival = new Date(Date.parse(arrivalAt) + 3600_000);
    expect(recordVisit(visit, actors.eastStaff, record, now, newId)).toMatchObject({ ok: false, code: 'visit_not_arrived' });
    expect(recordVisit(visit, actors.northHead, record, afterArrival, newId)).toMatchObject({ ok: false, code: 'visit_not_host' });
    const { visit: after } = ok(recordVisit(visit, actors.salesHead, record, afterArrival, newId));
    expect(after).toMatchObject({ status: 'recorded', record: { metWith: ['孙强', '陈志远'], followUps: [{ id: 'f1', kind: 'service-request' }], recordedBy: { id: 'sales.head' } } });
    expect(recordVisit(visitOf('vip', 'chairman-gm'), actors.eastHead, record, afterArrival, newId)).toMatchObject({ ok: false, code: 'visit_not_approved' });
  });

  it('is cancelled by the registrant, the hosting unit head or an admin, with a reason', () => {
    const visit = visitOf('vip', 'chairman-gm', actors.eastStaff);
    expect(cancelVisit(visit, actors.eastStaff2, '客户改期', now)).toMatchObject({ ok: false, code: 'visit_not_host' });
    const { visit: after } = ok(cancelVisit(visit, actors.eastHead, '客户改期', now));
    expect(after).toMatchObject({ status: 'cancelled', cancellation: { by: { id: 'east.head' }, reason: '客户改期' } });
    expect(tickStep(after, 'info', actors.eastHead, '', now)).toMatchObject({ ok: false, code: 'visit_closed' });
  });

  it('hides another unit’s visit from unit users only', () => {
    const visit = visitOf('key', 'manager');
    expect(visitVisible(visit, actors.eastStaff)).toBe(true);
    expect(visitVisible(visit, actors.northHead)).toBe(false);
    expect(visitVisible(visit, actors.office)).toBe(true);
  });
});
