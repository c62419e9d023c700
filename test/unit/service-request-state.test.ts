import { describe, expect, it } from 'vitest';
import { canSee, decide, isOverdue, type Actor } from '../../shared/service/request-state';
import { serviceActionSchema, type ServiceAction, type ServiceRequest } from '../../shared/schemas/service-request.schema';
import { validate } from '../../shared/validation';

const today = '2026-11-27';
const base: ServiceRequest = {
  id: 'r1', customerId: 'c1', customerName: '上海浦江精密机械有限公司', unitId: 'east', kind: 'after-sales', channel: 'phone',
  contact: { name: '王建国' }, statement: '设备异响', receivedBy: { id: 'sales.zhang', name: '张伟', department: 'sales' },
  firstOwnerId: 'sales.zhang', handler: { personId: 'sales.zhang', department: 'sales' }, status: 'received', officeTracking: false,
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z', version: 1,
};
const owner: Actor = { id: 'sales.zhang', role: 'sales' };
const plan = { reason: '需技术部门检测', handlingPlan: '安排工程师上门', expectedDate: '2026-12-05' };

const moves: Record<ServiceAction['action'], ServiceAction> = {
  resolve: { action: 'resolve', resolution: '已更换部件', satisfaction: 5 },
  pend: { action: 'pend', ...plan },
  transfer: { action: 'transfer', ...plan, to: { department: 'finance' } },
  reschedule: { action: 'reschedule', reason: '备件延迟', expectedDate: '2026-12-10' },
  'record-money': { action: 'record-money', amountFen: 120_000, note: '退款' },
  correct: { action: 'correct', text: '客户补充：异响在启动时出现' },
  reopen: { action: 'reopen', reason: '问题复发' },
};

const received = base;
const pending: ServiceRequest = { ...base, status: 'in-progress', handlingPlan: 'x', expectedDate: '2026-12-01' };
const closed: ServiceRequest = { ...base, status: 'closed', resolution: 'ok', satisfaction: 4 };
const refund: ServiceRequest = { ...base, kind: 'return-refund' };
const finance: Actor = { id: 'finance.zhao', role: 'finance' };

describe('first-inquiry state machine (R7): every move from every state', () => {
  it.each([
    // state, action, actor, outcome (ok | refusal code)
    ['received', received, 'resolve', owner, 'ok'],
    ['received', received, 'pend', owner, 'ok'],
    ['received', received, 'transfer', owner, 'ok'],
    ['received', received, 'reschedule', owner, 'service.notPending'],
    ['received', received, 'record-money', owner, 'forbidden'],
    ['received', received, 'correct', owner, 'ok'],
    ['received', received, 'reopen', owner, 'service.notClosed'],
    ['in-progress', pending, 'resolve', owner, 'ok'],
    ['in-progress', pending, 'pend', owner, 'ok'],
    ['in-progress', pending, 'transfer', owner, 'ok'],
    ['in-progress', pending, 'reschedule', owner, 'ok'],
    ['in-progress', pending, 'correct', owner, 'ok'],
    ['in-progress', pending, 'reopen', owner, 'service.notClosed'],
    ['closed', closed, 'resolve', owner, 'service.notOpen'],
    ['closed', closed, 'pend', owner, 'service.notOpen'],
    ['closed', closed, 'transfer', owner, 'service.notOpen'],
    ['closed', closed, 'reschedule', owner, 'service.notPending'],
    ['closed', closed, 'correct', owner, 'ok'],
    ['closed', closed, 'reopen', owner, 'ok'],
    ['refund received', refund, 'resolve', owner, 'service.moneyFirst'],
    ['refund received', refund, 'record-money', finance, 'ok'],
    ['refund with money', { ...refund, money: { amountFen: 1, note: 'x', recordedBy: 'f', recordedAt: '2026-11-27T00:00:00.000Z' } }, 'resolve', owner, 'ok'],
    ['after-sales', received, 'record-money', finance, 'forbidden'],
  ] as const)('%s: %s by %j → %s', (_s, request, action, actor, outcome) => {
    const d = decide(request, moves[action], actor, today);
    expect(d.ok ? 'ok' : d.code).toBe(outcome);
  });

  it('refuses an expected date in the past and transfers to the current handler', () => {
    expect(decide(received, { ...moves.pend, expectedDate: '2026-11-26' } as ServiceAction, owner, today)).toMatchObject({ ok: false, code: 'service.expectedInPast', field: 'expectedDate' });
    expect(decide(received, { ...moves.transfer, to: { personId: 'sales.zhang' } } as ServiceAction, owner, today)).toMatchObject({ ok: false, code: 'service.sameHandler' });
  });

  it('lets only those involved act', () => {
    expect(decide(received, moves.correct, { id: 'north.staff', role: 'unit-staff', unitId: 'north' }, today)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(decide({ ...received, handler: { department: 'finance' } }, moves.resolve, finance, today).ok).toBe(true);
    expect(decide({ ...received, kind: 'complaint', officeTracking: true }, moves.correct, { id: 'office.liu', role: 'office' }, today).ok).toBe(true);
  });

  it('closes with the result and satisfaction, reopening clears them', () => {
    const close = decide(pending, moves.resolve, owner, today);
    expect(close).toEqual({ ok: true, changes: { status: 'closed', resolution: '已更换部件', satisfaction: 5 }, clear: ['overdueSince'] });
    expect(decide(closed, moves.reopen, owner, today)).toEqual({ ok: true, changes: { status: 'in-progress' }, clear: ['resolution', 'satisfaction', 'closedAt'] });
  });
});

describe('the fields each move requires', () => {
  it.each([
    ['transfer', { action: 'transfer', to: { department: 'finance' } }, ['expectedDate', 'handlingPlan', 'reason']],
    ['pend', { action: 'pend', reason: '等待备件' }, ['expectedDate', 'handlingPlan']],
    ['resolve', { action: 'resolve', resolution: '已解决' }, ['satisfaction']],
    ['reopen', { action: 'reopen' }, ['reason']],
  ])('%s names exactly what is missing', (_name, body, missing) => {
    const r = validate(serviceActionSchema, body, 'zh-CN');
    expect(r.ok ? [] : Object.keys(r.fields).sort()).toEqual(missing);
  });

  it('has no reject move', () => {
    expect(validate(serviceActionSchema, { action: 'reject', reason: '不归我管' }, 'en').ok).toBe(false);
  });
});

describe('visibility and overdue', () => {
  it('shows a request to those involved, the heads and the customer’s unit only', () => {
    expect(canSee(received, { id: 'x', role: 'office' })).toBe(true);
    expect(canSee(received, { id: 'x', role: 'unit-staff', unitId: 'east' })).toBe(true);
    expect(canSee(received, { id: 'x', role: 'unit-staff', unitId: 'north' })).toBe(false);
    expect(canSee(received, { id: 'x', role: 'finance' })).toBe(false);
    expect(canSee(refund, { id: 'x', role: 'finance' })).toBe(true);
  });
  it('is overdue from the day after the expected date, until closed', () => {
    expect(isOverdue(pending, '2026-12-01')).toBe(false);
    expect(isOverdue(pending, '2026-12-02')).toBe(true);
    expect(isOverdue({ ...pending, status: 'closed' }, '2026-12-02')).toBe(false);
  });
});
