import { describe, expect, it } from 'vitest';
import type { TemporaryPlan } from '../../shared/schemas/revisit-plan.schema';
import { changedCells, mayWritePlan, planRows, quarterTotals, targetsFrom, yearOptions } from '../../web/src/views/revisit-plans/annual-plan-model';
import { emptyPlanForm, formFromPlan, planActions, planRequest } from '../../web/src/views/revisit-plans/temporary-plan-model';

const targets = { vip: [1, 2, 3, 4], key: [0, 0, 0, 5], general: [6, 6, 6, 6], reserve: [0, 0, 0, 0] };

describe('the annual plan table', () => {
  it('shows a row per tier with its year total, and reads it back', () => {
    const rows = planRows(targets);
    expect(rows.map((r) => [r.tier, r.total])).toEqual([['vip', 10], ['key', 5], ['general', 24], ['reserve', 0]]);
    expect(targetsFrom(rows)).toEqual(targets);
  });

  it('reads an emptied, negative or decimal cell as a whole number of at least 0', () => {
    const rows = planRows(targets);
    rows[0]!.quarters = [null as unknown as number, -3, 2.7, 4];
    expect(targetsFrom(rows).vip).toEqual([0, 0, 2, 4]);
  });

  it('totals each quarter and the year', () => {
    expect(quarterTotals(targets)).toEqual({ quarters: [7, 8, 9, 15], year: 39 });
  });

  it('lets the unit’s own head, Sales heads and admins write; no one else', () => {
    expect(mayWritePlan({ role: 'unit-head', unitId: 'east' }, 'east')).toBe(true);
    expect(mayWritePlan({ role: 'unit-head', unitId: 'north' }, 'east')).toBe(false);
    expect(mayWritePlan({ role: 'sales-head' }, 'north')).toBe(true);
    expect(mayWritePlan({ role: 'admin' }, 'south')).toBe(true);
    for (const role of ['leadership', 'office', 'sales'] as const) expect(mayWritePlan({ role }, 'east')).toBe(false);
    expect(mayWritePlan(null, 'east')).toBe(false);
  });

  it('describes a change cell by cell; the first version by the targets it set', () => {
    const after = { targets: { ...targets, vip: [1, 2, 9, 4] }, notes: '' };
    expect(changedCells({ before: { targets, notes: '' }, after })).toEqual([{ tier: 'vip', quarter: 2, before: 3, after: 9 }]);
    expect(changedCells({ after: { targets: { vip: [0, 1, 0, 0], key: [0, 0, 0, 0], general: [0, 0, 0, 0], reserve: [0, 0, 0, 0] }, notes: '' } })).toEqual([
      { tier: 'vip', quarter: 1, before: null, after: 1 },
    ]);
  });

  it('offers last year to two years ahead', () => {
    expect(yearOptions(2026)).toEqual([2025, 2026, 2027, 2028]);
  });
});

describe('the temporary plan form', () => {
  it('sends the form with its date range, checked as the server checks it', () => {
    const form = { ...emptyPlanForm('east'), purpose: '质量问题回访', customerIds: ['c1'], dates: ['2026-12-01', '2026-12-10'] as [string, string] };
    expect(planRequest(form, 'zh-CN')).toEqual({
      ok: true,
      value: { unitId: 'east', purpose: '质量问题回访', background: '', customerIds: ['c1'], channels: ['phone', 'sms', 'email', 'on-site'], startDate: '2026-12-01', endDate: '2026-12-10' },
    });
  });

  it('shows errors on the fields the page has: dates on the range, any customer on the picker', () => {
    const res = planRequest({ ...emptyPlanForm(''), purpose: 'x', customerIds: [], dates: null }, 'en');
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(Object.keys(res.fields).sort()).toEqual(['customerIds', 'dates', 'purpose']);
    const twice = planRequest({ ...emptyPlanForm('east'), purpose: '回访', customerIds: ['c1', 'c1'], dates: ['2026-12-01', '2027-04-01'] }, 'zh-CN');
    expect(!twice.ok && twice.fields).toEqual({ dates: '临时回访计划最长 92 天。', customerIds: '同一客户不能重复列入。' });
  });

  const plan: TemporaryPlan = {
    id: 'p', unitId: 'east', purpose: '回访', background: '', customers: [{ id: 'c1', name: '甲', tier: 'vip', ownerId: 'east.staff' }], channels: ['phone'],
    startDate: '2026-12-01', endDate: '2026-12-10', status: 'rejected', createdBy: { id: 'sales.zhang', name: '张伟', role: 'sales' },
    createdAt: '2026-11-01T00:00:00.000Z', submittedAt: '2026-11-01T00:00:00.000Z', decisions: [], updatedAt: '2026-11-01T00:00:00.000Z', version: 2,
  };

  it('puts a rejected plan back in the form to revise', () => {
    expect(formFromPlan(plan)).toEqual({ unitId: 'east', purpose: '回访', background: '', customerIds: ['c1'], channels: ['phone'], dates: ['2026-12-01', '2026-12-10'] });
  });

  it('offers each person what the server would let them do', () => {
    const leader = { username: 'leader', name: '陈志远', role: 'leadership' as const };
    const submitter = { username: 'sales.zhang', name: '张伟', role: 'sales' as const };
    const other = { username: 'sales.li', name: '李', role: 'sales' as const };
    expect(planActions(plan, submitter)).toEqual({ canDecide: false, canResubmit: true, canCancel: true });
    expect(planActions(plan, other)).toEqual({ canDecide: false, canResubmit: false, canCancel: false });
    expect(planActions({ ...plan, status: 'pending' }, leader)).toEqual({ canDecide: true, canResubmit: false, canCancel: false });
    expect(planActions({ ...plan, status: 'cancelled' }, submitter)).toEqual({ canDecide: false, canResubmit: false, canCancel: false });
  });
});
