import type { MessageCode } from '../messages';
import { isUnitRole, type Role } from '../roles';
import {
  reportWrittenFields,
  type ReportFigures,
  type ReportReview,
  type ReportStatus,
  type ReportWritten,
  type RevisitReport,
} from '../schemas/revisit-report.schema';
import type { UnitId } from '../units';

/**
 * The life of a unit's quarterly revisit evaluation report (R6): the unit head writes and submits it,
 * Sales (its head) reviews it.
 *
 *          save               submit               accept
 *   draft ──────▶ draft ───────────▶ submitted ───────────▶ accepted
 *                                     │     ▲
 *                              return │     │ submit
 *                                     ▼     │
 *                                    returned (save keeps it returned)
 *
 * A submitted report waits for the review unchanged; an accepted one is closed.
 */
export const reportEvents = ['save', 'submit', 'accept', 'return'] as const;
export type ReportEvent = (typeof reportEvents)[number];

export type ReportMove = { to: ReportStatus } | { refused: MessageCode };

const closed: Record<ReportEvent, ReportMove> = {
  save: { refused: 'revisit_report_closed' },
  submit: { refused: 'revisit_report_closed' },
  accept: { refused: 'revisit_report_closed' },
  return: { refused: 'revisit_report_closed' },
};

/** Every status × event: where it goes, or the message it is refused with (409). */
export const reportMoves: Record<ReportStatus, Record<ReportEvent, ReportMove>> = {
  draft: {
    save: { to: 'draft' },
    submit: { to: 'submitted' },
    accept: { refused: 'revisit_report_not_submitted' },
    return: { refused: 'revisit_report_not_submitted' },
  },
  returned: {
    save: { to: 'returned' },
    submit: { to: 'submitted' },
    accept: { refused: 'revisit_report_not_submitted' },
    return: { refused: 'revisit_report_not_submitted' },
  },
  submitted: {
    save: { refused: 'revisit_report_awaiting_review' },
    submit: { refused: 'revisit_report_awaiting_review' },
    accept: { to: 'accepted' },
    return: { to: 'returned' },
  },
  accepted: closed,
};

export function moveReport(status: ReportStatus, event: ReportEvent): ReportMove {
  return reportMoves[status][event];
}

export interface ReportActor {
  id: string;
  name: string;
  role: Role;
  unitId?: string;
}

export type ReportRefusal = {
  ok: false;
  kind: 'conflict' | 'forbidden' | 'invalid';
  code: MessageCode;
  fields?: Record<string, MessageCode>;
};
export type ReportOutcome = { ok: true; report: RevisitReport } | ReportRefusal;

/** The report of a quarter nobody has written yet. */
export const newReport = (unitId: UnitId, quarter: string): RevisitReport => ({
  unitId,
  quarter,
  status: 'draft',
  written: { mainResults: '', problems: '', improvements: '' },
  submissions: [],
  reviews: [],
  version: 0,
});

/** Unit users see their own unit's report; everyone else who may read reports sees all (R1). */
export function reportVisible(unitId: string, a: Pick<ReportActor, 'role' | 'unitId'>): boolean {
  return !isUnitRole(a.role) || a.unitId === unitId;
}

/** The unit's own head writes and submits (R6: the unit reports, people write the judgement). */
export const mayWriteReport = (unitId: string, a: Pick<ReportActor, 'role' | 'unitId'>) => a.role === 'unit-head' && a.unitId === unitId;

/** Sales reviews: its head (销售部 owns customer management overall, R1). */
export const mayReviewReport = (a: Pick<ReportActor, 'role'>) => a.role === 'sales-head';

const person = (a: ReportActor) => ({ id: a.id, name: a.name });

function next(report: RevisitReport, event: ReportEvent, a: ReportActor, now: Date): { report: RevisitReport } | ReportRefusal {
  const m = moveReport(report.status, event);
  if ('refused' in m) return { ok: false, kind: 'conflict', code: m.refused };
  return { report: { ...report, status: m.to, updatedAt: now.toISOString(), updatedBy: person(a), version: report.version + 1 } };
}

/** The unit head saves what they have written so far (a draft, or a returned report being revised). */
export function saveReport(report: RevisitReport, a: ReportActor, written: ReportWritten, now: Date): ReportOutcome {
  const moved = next(report, 'save', a, now);
  if ('ok' in moved) return moved;
  if (!mayWriteReport(report.unitId, a)) return { ok: false, kind: 'forbidden', code: 'revisit_report_not_unit_head' };
  return { ok: true, report: { ...moved.report, written } };
}

/**
 * The unit head submits: the three written parts must all be filled in, and the figures as they stand now
 * are frozen into the report, so Sales reviews exactly what was submitted.
 */
export function submitReport(report: RevisitReport, a: ReportActor, written: ReportWritten, figures: ReportFigures, now: Date): ReportOutcome {
  const moved = next(report, 'submit', a, now);
  if ('ok' in moved) return moved;
  if (!mayWriteReport(report.unitId, a)) return { ok: false, kind: 'forbidden', code: 'revisit_report_not_unit_head' };
  const missing = reportWrittenFields.filter((f) => !written[f].trim());
  if (missing.length) {
    return { ok: false, kind: 'invalid', code: 'validation_failed', fields: Object.fromEntries(missing.map((f) => [f, 'revisitReport.required' as const])) };
  }
  return {
    ok: true,
    report: { ...moved.report, written, figures, submissions: [...report.submissions, { by: person(a), at: now.toISOString() }] },
  };
}

/** Sales accepts the submitted report, or returns it to the unit with a comment. */
export function reviewReport(report: RevisitReport, a: ReportActor, review: ReportReview, now: Date): ReportOutcome {
  const moved = next(report, review.decision === 'accepted' ? 'accept' : 'return', a, now);
  if ('ok' in moved) return moved;
  if (!mayReviewReport(a)) return { ok: false, kind: 'forbidden', code: 'forbidden' };
  return {
    ok: true,
    report: { ...moved.report, reviews: [...report.reviews, { decision: review.decision, comment: review.comment, by: person(a), at: now.toISOString() }] },
  };
}
