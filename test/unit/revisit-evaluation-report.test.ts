import { describe, expect, it } from 'vitest';
import { reportFigures, type ReportRevisit } from '../../shared/revisits/evaluation-report';
import { parsePeriodId, type Period } from '../../shared/revisits/periods';
import { emptyTargets, quarterIndex, unplannedYear, yearTotals } from '../../shared/revisits/plans';
import {
  moveReport,
  newReport,
  reportEvents,
  reportVisible,
  reviewReport,
  saveReport,
  submitReport,
  type ReportActor,
  type ReportEvent,
} from '../../shared/revisits/report-state';
import type { AnnualPlan, TemporaryPlan } from '../../shared/schemas/revisit-plan.schema';
import { reportReviewSchema, reportStatuses, type ReportFigures, type ReportStatus, type RevisitReport } from '../../shared/schemas/revisit-report.schema';
import { validate } from '../../shared/validation';

/** Every status × event, written out apart from shared/revisits/report-state.ts. */
const table: Record<ReportStatus, Record<ReportEvent, ReportStatus | `refused:${string}`>> = {
  draft: { save: 'draft', submit: 'submitted', accept: 'refused:revisit_report_not_submitted', return: 'refused:revisit_report_not_submitted' },
  returned: { save: 'returned', submit: 'submitted', accept: 'refused:revisit_report_not_submitted', return: 'refused:revisit_report_not_submitted' },
  submitted: { save: 'refused:revisit_report_awaiting_review', submit: 'refused:revisit_report_awaiting_review', accept: 'accepted', return: 'returned' },
  accepted: { save: 'refused:revisit_report_closed', submit: 'refused:revisit_report_closed', accept: 'refused:revisit_report_closed', return: 'refused:revisit_report_closed' },
};

const eastHead: ReportActor = { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' };
const northHead: ReportActor = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };
const salesHead: ReportActor = { id: 'sales.head', name: '李静', role: 'sales-head' };
const q4 = parsePeriodId('2026-Q4')!;
const now = new Date('2026-11-27T04:00:00.000Z');
const written = { mainResults: 'VIP客户全部上门回访', problems: '一般客户电话回访率低', improvements: '按月排期并督办' };

const figures = (over: Partial<ReportFigures> = {}): ReportFigures => ({
  ...reportFigures({ unitId: 'east', quarter: q4, asOf: now, plan: unplannedYear('east', 2026), customers: [], revisits: [], temporaryPlans: [], planRevisits: [], leadDays: 3 }),
  ...over,
});

const report = (status: ReportStatus): RevisitReport => ({ ...newReport('east', '2026-Q4'), status, version: status === 'draft' ? 0 : 3 });

describe('report moves', () => {
  for (const status of reportStatuses) {
    for (const event of reportEvents) {
      it(`${status} + ${event} → ${table[status][event]}`, () => {
        const m = moveReport(status, event);
        expect('to' in m ? m.to : `refused:${m.refused}`).toBe(table[status][event]);
      });
    }
  }

  it('applies the table through every action, leaving the report untouched when refused', () => {
    for (const status of reportStatuses) {
      const before = report(status);
      const frozen = structuredClone(before);
      const outcomes = {
        save: saveReport(before, eastHead, written, now),
        submit: submitReport(before, eastHead, written, figures(), now),
        accept: reviewReport(before, salesHead, { decision: 'accepted', comment: '' }, now),
        return: reviewReport(before, salesHead, { decision: 'returned', comment: '请补充一般客户的数据分析' }, now),
      };
      for (const event of reportEvents) {
        const expected = table[status][event];
        const outcome = outcomes[event];
        if (expected.startsWith('refused:')) expect(outcome, `${status} + ${event}`).toEqual({ ok: false, kind: 'conflict', code: expected.slice(8) });
        else {
          expect(outcome.ok && outcome.report.status, `${status} + ${event}`).toBe(expected);
          expect(outcome.ok && outcome.report.version).toBe(before.version + 1);
        }
      }
      expect(before).toEqual(frozen);
    }
  });
});

describe('who writes and who reviews', () => {
  it('lets only the unit’s own head save and submit', () => {
    for (const a of [northHead, salesHead, { id: 'admin', name: '王磊', role: 'admin' } as ReportActor, { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' } as ReportActor]) {
      expect(saveReport(report('draft'), a, written, now)).toEqual({ ok: false, kind: 'forbidden', code: 'revisit_report_not_unit_head' });
      expect(submitReport(report('draft'), a, written, figures(), now)).toEqual({ ok: false, kind: 'forbidden', code: 'revisit_report_not_unit_head' });
    }
  });

  it('lets only the Sales head review', () => {
    expect(reviewReport(report('submitted'), eastHead, { decision: 'accepted', comment: '' }, now)).toEqual({ ok: false, kind: 'forbidden', code: 'forbidden' });
    expect(reviewReport(report('submitted'), { id: 'sales.zhang', name: '张伟', role: 'sales' }, { decision: 'accepted', comment: '' }, now).ok).toBe(false);
  });

  it('refuses a submission with any written part empty, naming each', () => {
    expect(submitReport(report('draft'), eastHead, { ...written, problems: '  ', improvements: '' }, figures(), now)).toEqual({
      ok: false, kind: 'invalid', code: 'validation_failed', fields: { problems: 'revisitReport.required', improvements: 'revisitReport.required' },
    });
  });

  it('freezes the figures into the submission and keeps each review', () => {
    const shown = figures({ asOf: '2026-11-20T00:00:00.000Z' });
    const submitted = submitReport(report('draft'), eastHead, written, shown, now);
    if (!submitted.ok) throw new Error('refused');
    expect(submitted.report).toMatchObject({ status: 'submitted', written, figures: shown, submissions: [{ by: { id: 'east.head', name: '孙强' }, at: now.toISOString() }] });
    const returned = reviewReport(submitted.report, salesHead, { decision: 'returned', comment: '请补充改进时间表' }, now);
    if (!returned.ok) throw new Error('refused');
    const again = submitReport(returned.report, eastHead, written, figures(), new Date('2026-11-28T00:00:00Z'));
    if (!again.ok) throw new Error('refused');
    const accepted = reviewReport(again.report, salesHead, { decision: 'accepted', comment: '' }, new Date('2026-11-29T00:00:00Z'));
    expect(accepted.ok && accepted.report.reviews.map((r) => r.decision)).toEqual(['returned', 'accepted']);
    expect(accepted.ok && accepted.report.submissions).toHaveLength(2);
  });

  it('shows a unit’s report to that unit and to everyone outside the units', () => {
    expect(reportVisible('east', eastHead)).toBe(true);
    expect(reportVisible('east', northHead)).toBe(false);
    expect(reportVisible('north', salesHead)).toBe(true);
  });

  it('asks a comment of a return, not of an acceptance', () => {
    expect(validate(reportReviewSchema, { decision: 'accepted' }, 'zh-CN').ok).toBe(true);
    const res = validate(reportReviewSchema, { decision: 'returned', comment: '' }, 'zh-CN');
    expect(!res.ok && res.fields).toEqual({ comment: '退回报告时须写明意见。' });
  });
});

describe('the figures the system fills in', () => {
  const plan: AnnualPlan = {
    ...unplannedYear('east', 2026),
    targets: { vip: [2, 2, 2, 4], key: [3, 3, 3, 6], general: [5, 5, 5, 10], reserve: [0, 0, 0, 0] },
    version: 2,
  };
  let n = 0;
  const rv = (customerId: string, tier: ReportRevisit['tierAtVisit'], visitedAt: string, channel: ReportRevisit['channel'], satisfaction: number, issues: ReportRevisit['issues'] = [], unitId = 'east'): ReportRevisit => ({
    id: `r${++n}`, customerId, customerName: `客户${customerId}`, unitId, tierAtVisit: tier, visitedAt, channel, satisfaction, issues,
  });
  const revisits = [
    rv('v1', 'vip', '2026-10-08T02:00:00.000Z', 'on-site', 5, [{ id: 'i1', text: '希望增加技术培训', status: 'open' }]),
    rv('v1', 'vip', '2026-11-10T02:00:00.000Z', 'phone', 4),
    rv('k1', 'key', '2026-09-30T15:59:59.999Z', 'on-site', 2, [{ id: 'i0', text: '发票寄送慢', status: 'open' }, { id: 'i00', text: '已处理', status: 'closed' }]), // Q3's last instant
    rv('k1', 'key', '2026-09-30T16:00:00.000Z', 'email', 3), // Q4's first instant
    rv('g1', 'general', '2026-11-02T01:00:00.000Z', 'sms', 4),
    rv('g2', 'key', '2026-11-03T01:00:00.000Z', 'phone', 5), // key when revisited, general now
    rv('n1', 'vip', '2026-11-03T01:00:00.000Z', 'on-site', 1, [{ id: 'x', text: '另一单位', status: 'open' }], 'north'), // recorded for another unit
  ];
  const customers = [
    { id: 'v1', tier: 'vip' as const }, { id: 'v2', tier: 'vip' as const }, { id: 'k1', tier: 'key' as const },
    { id: 'g1', tier: 'general' as const }, { id: 'g2', tier: 'general' as const }, { id: 'r1', tier: 'reserve' as const },
  ];
  const temp: TemporaryPlan = {
    id: 'tp1', unitId: 'east', purpose: '包装破损集中回访', background: '', channels: ['phone', 'on-site'], startDate: '2026-11-01', endDate: '2026-11-30',
    customers: [{ id: 'v1', name: '客户v1', tier: 'vip', ownerId: 'east.staff' }, { id: 'v2', name: '客户v2', tier: 'vip', ownerId: 'east.staff' }],
    status: 'approved', approvedAt: '2026-10-30T00:00:00.000Z', createdBy: { id: 'east.head', name: '孙强', role: 'unit-head' }, createdAt: '2026-10-29T00:00:00.000Z',
    submittedAt: '2026-10-29T00:00:00.000Z', decisions: [], updatedAt: '2026-10-30T00:00:00.000Z', version: 2,
  };
  const out = reportFigures({
    unitId: 'east', quarter: q4, asOf: now, plan, customers, revisits,
    temporaryPlans: [temp, { ...temp, id: 'tp2', status: 'pending' }, { ...temp, id: 'tp3', startDate: '2026-09-01', endDate: '2026-09-30' }],
    planRevisits: revisits.map((r) => ({ id: r.id, customerId: r.customerId, visitedAt: r.visitedAt, channel: r.channel })),
    leadDays: 3,
  });

  it('sets progress against the quarter’s targets, by the tier the customer held when revisited', () => {
    expect(out.progress).toEqual([
      { tier: 'vip', target: 4, done: 2, share: 0.5, customers: 2, customersReached: 1 },
      { tier: 'key', target: 6, done: 2, share: 0.33, customers: 1, customersReached: 1 },
      { tier: 'general', target: 10, done: 1, share: 0.1, customers: 2, customersReached: 2 },
      { tier: 'reserve', target: 0, done: 0, share: null, customers: 1, customersReached: 0 },
    ]);
    expect(out.progressTotal).toEqual({ target: 20, done: 5, share: 0.25, customers: 6, customersReached: 4 });
    expect(out.planVersion).toBe(2);
  });

  it('has no targets without an annual plan', () => {
    const none = reportFigures({ unitId: 'east', quarter: q4, asOf: now, plan: unplannedYear('east', 2026), customers, revisits, temporaryPlans: [], planRevisits: [], leadDays: 3 });
    expect(none.progress.map((p) => [p.target, p.share])).toEqual([[null, null], [null, null], [null, null], [null, null]]);
    expect(none.progressTotal.target).toBeNull();
  });

  it('counts revisits by channel and tier', () => {
    expect(out.byChannel.find((r) => r.tier === 'vip')).toEqual({ tier: 'vip', counts: { phone: 1, sms: 0, email: 0, 'on-site': 1 }, total: 2 });
    expect(out.byChannel.find((r) => r.tier === 'key')).toEqual({ tier: 'key', counts: { phone: 1, sms: 0, email: 1, 'on-site': 0 }, total: 2 });
    expect(out.channelTotals).toEqual({ phone: 2, sms: 1, email: 1, 'on-site': 1 });
  });

  it('averages satisfaction over the quarter’s revisits and gives its distribution', () => {
    expect(out.satisfaction).toEqual({ count: 5, average: 4.2, distribution: [0, 0, 1, 2, 2] });
  });

  it('lists open follow-up items up to the quarter’s end, earlier quarters’ included, oldest first, this unit’s only', () => {
    expect(out.openItems.map((i) => [i.itemId, i.customerId])).toEqual([['i0', 'k1'], ['i1', 'v1']]);
  });

  it('reports approved temporary plans that touch the quarter, with their progress', () => {
    expect(out.temporaryPlans).toEqual([{ id: 'tp1', purpose: '包装破损集中回访', startDate: '2026-11-01', endDate: '2026-11-30', customers: 2, met: 1, overdue: 0, open: 1 }]);
  });

  it('leaves out revisits after the quarter', () => {
    const later = reportFigures({
      unitId: 'east', quarter: parsePeriodId('2026-Q3')!, asOf: now, plan, customers, revisits, temporaryPlans: [], planRevisits: [], leadDays: 3,
    });
    expect(later.progressTotal.done).toBe(1);
    expect(later.progress.find((p) => p.tier === 'key')!.target).toBe(3);
    expect(later.openItems.map((i) => i.itemId)).toEqual(['i0']);
  });
});

describe('annual plan helpers', () => {
  it('numbers quarters from 0 and sums a year', () => {
    expect([1, 2, 3, 4].map((q) => quarterIndex(parsePeriodId(`2026-Q${q}`) as Period))).toEqual([0, 1, 2, 3]);
    const targets = { ...emptyTargets(), vip: [1, 2, 3, 4], general: [5, 0, 0, 5] };
    expect(yearTotals(targets)).toEqual({ vip: 10, key: 0, general: 10, reserve: 0, all: 20 });
  });
});
