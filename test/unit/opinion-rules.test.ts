import { describe, expect, it } from 'vitest';
import {
  applyOpinionAction,
  dueDateFrom,
  isOverdue,
  mayHandle,
  maySee,
  opinionFromFeedback,
  opinionFromRequest,
  opinionFromRevisit,
  opinionTodoFilter,
  registerScope,
  waitsOn,
} from '../../shared/opinions/opinion-rules';
import type { Opinion } from '../../shared/schemas/opinion.schema';
import type { Revisit } from '../../shared/schemas/revisit.schema';
import type { ServiceRequest } from '../../shared/schemas/service-request.schema';

const sales = { id: 'sales.zhang', name: '张伟', role: 'sales' as const };
const eastStaff = { id: 'east.staff', name: '周婷', role: 'unit-staff' as const, unitId: 'east' };
const northStaff = { id: 'north.staff', name: '冯雪', role: 'unit-staff' as const, unitId: 'north' };
const office = { id: 'office.liu', name: '刘洋', role: 'office' as const };
const finance = { id: 'finance.zhao', name: '赵敏', role: 'finance' as const };
// 2026-12-05 10:00 in Shanghai.
const now = new Date('2026-12-05T02:00:00Z');

const opinion = (over: Partial<Opinion> = {}): Opinion => ({
  id: 'rv-1',
  customerId: 'c1',
  customerName: '华东甲公司',
  unitId: 'east',
  text: '希望缩短交期',
  source: { kind: 'revisit', revisitId: '1' },
  receivedAt: '2026-12-01T02:00:00.000Z',
  recordedBy: { id: 'east.staff', name: '周婷' },
  status: 'open',
  dueDate: '2026-12-16',
  updatedAt: '2026-12-01T02:00:00.000Z',
  version: 1,
  ...over,
});

describe('what lands in the register', () => {
  const revisit = { id: 'R1', customerId: 'c1', customerName: '甲', unitId: 'east', opinions: '包装要改进', recordedAt: '2026-12-01T02:00:00.000Z', recordedBy: { id: 'a', name: '甲' } } as Revisit;

  it('takes a revisit’s first content when the customer gave one, due in 15 days', () => {
    expect(opinionFromRevisit(revisit)).toMatchObject({ id: 'rv-R1', text: '包装要改进', source: { kind: 'revisit', revisitId: 'R1' }, status: 'open', dueDate: '2026-12-16', version: 1 });
    expect(opinionFromRevisit({ ...revisit, opinions: '  ' })).toBeUndefined();
  });

  it('takes an inquiry, but not another kind, nor an inquiry made from meeting feedback (already in it)', () => {
    const request = { id: 'S1', kind: 'inquiry', customerId: 'c1', customerName: '甲', unitId: 'east', statement: '能否延长账期？', createdAt: '2026-12-01T02:00:00.000Z', receivedBy: { id: 'a', name: '甲', department: 'sales' } } as ServiceRequest;
    expect(opinionFromRequest(request)).toMatchObject({ id: 'sr-S1', source: { kind: 'service-request', serviceRequestId: 'S1' } });
    expect(opinionFromRequest({ ...request, kind: 'complaint' })).toBeUndefined();
    expect(opinionFromRequest({ ...request, meetingFeedback: { meetingId: 'm', feedbackId: 'm-1' } })).toBeUndefined();
  });

  it('takes every meeting feedback item', () => {
    const f = { id: 'M1-1', customerId: 'c1', customerName: '甲', unitId: 'east', text: '希望每季度来访', recordedBy: { id: 'a', name: '甲' }, recordedAt: '2026-12-01T02:00:00.000Z' };
    expect(opinionFromFeedback({ id: 'M1' }, f)).toMatchObject({ id: 'mt-M1-1', source: { kind: 'meeting', meetingId: 'M1', feedbackId: 'M1-1' } });
  });

  it('dates the answer by Shanghai days', () => {
    expect(dueDateFrom('2026-11-30T17:00:00.000Z')).toBe('2026-12-16');
  });
});

describe('who sees and handles an opinion', () => {
  it('keeps a unit user to their unit and Finance out', () => {
    expect(maySee(opinion(), eastStaff)).toBe(true);
    expect(maySee(opinion(), northStaff)).toBe(false);
    expect(maySee(opinion(), finance)).toBe(false);
    expect(maySee(opinion(), office)).toBe(true);
  });

  it('lets Sales, the customer’s unit and the department it is passed to handle it', () => {
    expect(mayHandle(opinion(), sales)).toBe(true);
    expect(mayHandle(opinion(), eastStaff)).toBe(true);
    expect(mayHandle(opinion(), northStaff)).toBe(false);
    expect(mayHandle(opinion(), office)).toBe(false);
    expect(mayHandle(opinion({ passedTo: 'office' }), office)).toBe(true);
  });
});

describe('the steps of an opinion', () => {
  it('passes it on with a new answer date, clearing the overdue flag', () => {
    const out = applyOpinionAction(opinion({ overdueSince: '2026-12-04' }), { action: 'pass', department: 'finance', dueDate: '2026-12-20' }, sales, now);
    expect(out).toMatchObject({ ok: true, opinion: { passedTo: 'finance', dueDate: '2026-12-20', passedBy: { id: 'sales.zhang' }, version: 2 } });
    expect(out.ok && out.opinion.overdueSince).toBeUndefined();
    expect(applyOpinionAction(opinion(), { action: 'pass', department: 'finance', dueDate: '2026-12-04' }, sales, now)).toMatchObject({ ok: false, code: 'opinion.dueInPast', field: 'dueDate' });
  });

  it('answers only after a decision, not dated after today, and then no longer changes', () => {
    const answer = { action: 'answer' as const, answeredOn: '2026-12-05', channel: 'phone' as const, note: '已电话告知客户' };
    expect(applyOpinionAction(opinion(), answer, sales, now)).toMatchObject({ ok: false, code: 'opinion.decideFirst' });
    const decided = applyOpinionAction(opinion(), { action: 'decide', decision: '下月起交期缩短至 7 天' }, eastStaff, now);
    expect(decided).toMatchObject({ ok: true, opinion: { decision: { text: '下月起交期缩短至 7 天', by: { name: '周婷' } } } });
    if (!decided.ok) return;
    expect(applyOpinionAction(decided.opinion, { ...answer, answeredOn: '2026-12-06' }, sales, now)).toMatchObject({ ok: false, code: 'opinion.answerInFuture' });
    const answered = applyOpinionAction(decided.opinion, answer, sales, now);
    expect(answered).toMatchObject({ ok: true, opinion: { status: 'answered', answer: { on: '2026-12-05', channel: 'phone' } } });
    if (!answered.ok) return;
    expect(applyOpinionAction(answered.opinion, { action: 'decide', decision: '改主意' }, sales, now)).toMatchObject({ ok: false, code: 'opinion.notOpen' });
  });

  it('refuses someone not handling it', () => {
    expect(applyOpinionAction(opinion(), { action: 'decide', decision: '越权' }, northStaff, now)).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('is overdue once open past its date', () => {
    expect(isOverdue(opinion({ dueDate: '2026-12-04' }), '2026-12-05')).toBe(true);
    expect(isOverdue(opinion({ dueDate: '2026-12-05' }), '2026-12-05')).toBe(false);
    expect(isOverdue(opinion({ dueDate: '2026-12-04', status: 'answered' }), '2026-12-05')).toBe(false);
  });
});

describe('whom an open opinion waits on', () => {
  it('waits on Sales, which collects it, until it is passed to a department', () => {
    expect(waitsOn({})).toBe('sales');
    expect(waitsOn({ passedTo: 'office' })).toBe('office');
    expect(waitsOn({ passedTo: 'unit:east' })).toBe('unit:east');
  });

  it('gives a unit’s people their unit’s open ones, a department those waiting on it, and Finance and admins none', () => {
    expect(opinionTodoFilter({ role: 'unit-staff' })).toEqual({ status: 'open' });
    expect(opinionTodoFilter({ role: 'sales' })).toEqual({ waitingOn: 'sales' });
    expect(opinionTodoFilter({ role: 'sales-head' })).toEqual({ waitingOn: 'sales' });
    expect(opinionTodoFilter({ role: 'office' })).toEqual({ waitingOn: 'office' });
    expect(opinionTodoFilter({ role: 'leadership' })).toEqual({ waitingOn: 'leadership' });
    expect(opinionTodoFilter({ role: 'finance' })).toBeUndefined();
    expect(opinionTodoFilter({ role: 'admin' })).toBeUndefined();
  });

  it('keeps a unit user’s view of the register to their unit', () => {
    expect(registerScope({ unitId: 'north', status: 'open' }, { role: 'unit-head', unitId: 'east' })).toEqual({ unitId: 'east', status: 'open' });
    expect(registerScope({ unitId: 'north' }, { role: 'sales' })).toEqual({ unitId: 'north' });
  });
});
