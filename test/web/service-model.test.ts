import { describe, expect, it } from 'vitest';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import {
  allowedActions,
  awaitsMoney,
  buildAction,
  emptyActionForm,
  formFieldOf,
  pickerDay,
  shanghaiToday,
  toBars,
  viewsFor,
  type ActionForm,
} from '../../web/src/views/service/service-model';

const today = '2026-11-27';
const base: ServiceRequest = {
  id: 'r1',
  customerId: 'seed-001',
  customerName: '上海浦江精密机械有限公司',
  unitId: 'east',
  kind: 'complaint',
  channel: 'phone',
  contact: { name: '王经理' },
  statement: '发票金额不符',
  receivedBy: { id: 'east.staff', name: '周婷', department: 'unit:east' },
  firstOwnerId: 'east.staff',
  handler: { personId: 'east.staff', department: 'unit:east' },
  status: 'received',
  officeTracking: true,
  createdAt: '2026-11-27T02:00:00.000Z',
  updatedAt: '2026-11-27T02:00:00.000Z',
  version: 1,
};
const owner = { username: 'east.staff', role: 'unit-staff' as const, unitId: 'east' };
const finance = { username: 'finance.zhao', role: 'finance' as const };
const form = (over: Partial<ActionForm>): ActionForm => ({ ...emptyActionForm(), ...over });

describe('the list tabs', () => {
  it('offers everyone their own views and the boards only to the roles allowed', () => {
    expect(viewsFor('unit-staff')).toEqual(['mine', 'handling', 'department']);
    expect(viewsFor('office')).toEqual(['mine', 'handling', 'department', 'complaints', 'all']);
    expect(viewsFor('finance')).toEqual(['mine', 'handling', 'department', 'finance']);
    expect(viewsFor('sales-head')).toEqual(['mine', 'handling', 'department', 'complaints', 'finance', 'all']);
    expect(viewsFor(undefined)).toEqual([]);
  });
});

describe('the moves offered on a request', () => {
  it('offers an open request resolve, a plan, a transfer and a correction — never a reject', () => {
    expect(allowedActions(base, owner)).toEqual(['resolve', 'pend', 'transfer', 'correct']);
  });

  it('adds reschedule once a plan with an expected date is recorded', () => {
    expect(allowedActions({ ...base, status: 'in-progress', expectedDate: '2026-12-01' }, owner)).toEqual(['resolve', 'pend', 'transfer', 'reschedule', 'correct']);
  });

  it('offers a closed request only reopening and a correction', () => {
    expect(allowedActions({ ...base, status: 'closed' }, owner)).toEqual(['reopen', 'correct']);
  });

  it('holds back closing a refund until Finance has recorded the money, which only Finance may do', () => {
    const refund: ServiceRequest = { ...base, kind: 'return-refund', officeTracking: false, handler: { department: 'finance' }, status: 'in-progress' };
    expect(awaitsMoney(refund)).toBe(true);
    expect(allowedActions(refund, finance)).toEqual(['pend', 'transfer', 'record-money', 'correct']);
    expect(allowedActions(refund, owner)).not.toContain('record-money');
    const recorded = { ...refund, money: { amountFen: 120050, note: '退款', recordedBy: 'finance.zhao', recordedAt: '2026-11-27T03:00:00.000Z' } };
    expect(awaitsMoney(recorded)).toBe(false);
    expect(allowedActions(recorded, finance)).toContain('resolve');
  });

  it('offers nothing to someone not involved (they may still read it)', () => {
    expect(allowedActions(base, { username: 'east.staff2', role: 'unit-staff', unitId: 'east' })).toEqual([]);
    expect(allowedActions(base, null)).toEqual([]);
  });

  it('lets the office act on the complaints it tracks', () => {
    expect(allowedActions(base, { username: 'office.liu', role: 'office' })).toContain('transfer');
  });
});

describe('building a move from the form', () => {
  it('refuses a transfer without a plan, naming the field', () => {
    const out = buildAction('transfer', form({ reason: '涉及款项', expectedDate: '2026-12-04', department: 'finance' }), today);
    expect(out).toEqual({ ok: false, errors: { handlingPlan: 'required' } });
  });

  it('refuses a transfer without a target, a reason or a date, and a date in the past', () => {
    expect(buildAction('transfer', form({ handlingPlan: '核对' }), today)).toEqual({
      ok: false,
      errors: { reason: 'required', expectedDate: 'required', department: 'required' },
    });
    expect(buildAction('pend', form({ reason: '等待', handlingPlan: '核对', expectedDate: '2026-11-26' }), today)).toEqual({ ok: false, errors: { expectedDate: 'past' } });
    expect(buildAction('transfer', form({ reason: '原因', handlingPlan: '计划', expectedDate: today, targetType: 'person' }), today)).toEqual({
      ok: false,
      errors: { personId: 'required' },
    });
  });

  it('builds a transfer to a department or a person, trimmed', () => {
    const plan = { reason: ' 涉及款项 ', handlingPlan: '财务核对 ', expectedDate: today };
    expect(buildAction('transfer', form({ ...plan, department: 'finance' }), today)).toEqual({
      ok: true,
      action: { action: 'transfer', reason: '涉及款项', handlingPlan: '财务核对', expectedDate: today, to: { department: 'finance' } },
    });
    expect(buildAction('transfer', form({ ...plan, targetType: 'person', personId: 'finance.zhao' }), today)).toMatchObject({ ok: true, action: { to: { personId: 'finance.zhao' } } });
  });

  it('needs texts of at least two characters', () => {
    expect(buildAction('correct', form({ text: '改' }), today)).toEqual({ ok: false, errors: { text: 'tooShort' } });
    expect(buildAction('reopen', form({ reason: '客户再次来电' }), today)).toEqual({ ok: true, action: { action: 'reopen', reason: '客户再次来电' } });
  });

  it('resolves with the resolution and a satisfaction of 1 to 5', () => {
    expect(buildAction('resolve', form({ resolution: '已重开发票', satisfaction: 4 }), today)).toEqual({ ok: true, action: { action: 'resolve', resolution: '已重开发票', satisfaction: 4 } });
    expect(buildAction('resolve', form({ resolution: '已重开发票', satisfaction: 0 }), today)).toEqual({ ok: false, errors: { satisfaction: 'required' } });
  });

  it('records money in integer fen parsed from yuan', () => {
    expect(buildAction('record-money', form({ amountYuan: '1,200.5', note: '退款到账' }), today)).toEqual({ ok: true, action: { action: 'record-money', amountFen: 120050, note: '退款到账' } });
    expect(buildAction('record-money', form({ amountYuan: '12.345', note: '退款到账' }), today)).toEqual({ ok: false, errors: { amountYuan: 'amount' } });
  });

  it('maps the server\'s field paths onto the form', () => {
    expect(formFieldOf('to', { targetType: 'department' })).toBe('department');
    expect(formFieldOf('to', { targetType: 'person' })).toBe('personId');
    expect(formFieldOf('amountFen', { targetType: 'department' })).toBe('amountYuan');
    expect(formFieldOf('handlingPlan', { targetType: 'department' })).toBe('handlingPlan');
  });
});

describe('dates and figures', () => {
  it('takes today in Shanghai, whatever the clock\'s zone', () => {
    expect(shanghaiToday(new Date('2026-11-27T15:59:00Z'))).toBe('2026-11-27');
    expect(shanghaiToday(new Date('2026-11-27T16:00:00Z'))).toBe('2026-11-28');
  });

  it('reads a picker cell as its calendar day', () => {
    expect(pickerDay(new Date(2026, 0, 5))).toBe('2026-01-05');
  });

  it('turns counts into bars in a fixed order, zeros included, unknown keys last', () => {
    expect(toBars({ complaint: 2, other: 1 }, ['inquiry', 'complaint'], (k) => k.toUpperCase())).toEqual({
      labels: ['INQUIRY', 'COMPLAINT', 'OTHER'],
      values: [0, 2, 1],
    });
  });
});
