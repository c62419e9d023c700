import { periodOf, type Period } from '#shared/revisits/periods';
import { reportVisible, reviewReport, saveReport, submitReport, type ReportOutcome } from '#shared/revisits/report-state';
import type { ReportListRow, ReportReview, ReportWritten, RevisitReport, RevisitReportView } from '#shared/schemas/revisit-report.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import type { UnitId, UnitLabel } from '#shared/units';
import { DomainError, notFound } from '#core/errors';
import { dataScope, type Principal } from '#core/principal';
import type { ChangeNotice } from '#core/repositories/versioned-write';
import type { RevisitReportDeps } from '../deps';
import { reviewedNotices, submittedNotices } from '../notices';
import { liveFigures } from './live-figures';

/** The unit must be the caller's to see (another unit's report does not exist for a unit user), the quarter begun. */
function check(deps: Pick<RevisitReportDeps, 'now'>, unitId: UnitId, quarter: Period, principal: Principal): void {
  if (!reportVisible(unitId, principal)) throw notFound();
  if (Date.parse(quarter.start) > deps.now().getTime()) throw new DomainError('invalid', 'revisit_report_quarter');
}

/** A submitted or accepted report shows the figures as submitted; a draft or returned one, the figures now. */
async function viewOf(deps: RevisitReportDeps, report: RevisitReport, quarter: Period): Promise<RevisitReportView> {
  const frozen = (report.status === 'submitted' || report.status === 'accepted') && !!report.figures;
  return { report, figures: frozen ? report.figures! : await liveFigures(deps, report.unitId, quarter), frozen };
}

/** A unit's quarterly revisit evaluation report (a new draft when not written yet), with its figures. */
export async function getReport(deps: RevisitReportDeps, unitId: UnitId, quarter: Period, principal: Principal): Promise<RevisitReportView> {
  check(deps, unitId, quarter, principal);
  return viewOf(deps, await deps.reports.get(unitId, quarter.id), quarter);
}

/** The reports of one quarter (default: the one running now), one row per unit in the caller's scope. */
export async function listReports(deps: RevisitReportDeps, quarterId: string | undefined, principal: Principal): Promise<{ quarter: string; items: ReportListRow[] }> {
  const quarter = quarterId ?? periodOf('quarter', deps.now()).id;
  const scope = dataScope(principal);
  const units = scope.kind === 'unit' ? [scope.unitId] : await deps.units.activeCodes();
  const reports = await Promise.all(units.map((u) => deps.reports.get(u, quarter)));
  return {
    quarter,
    items: reports.map((r) => ({
      unitId: r.unitId,
      quarter: r.quarter,
      status: r.status,
      version: r.version,
      ...(r.submissions.at(-1) ? { submittedAt: r.submissions.at(-1)!.at } : {}),
      ...(r.reviews.at(-1) ? { reviewedAt: r.reviews.at(-1)!.at } : {}),
    })),
  };
}

/**
 * Reads the report, checks the version the caller edited (If-Match; 412 when stale), applies one pure move
 * and writes it on that version with its notices. A refused move writes nothing.
 */
async function change(
  deps: RevisitReportDeps,
  unitId: UnitId,
  quarter: Period,
  expectedVersion: number,
  principal: Principal,
  apply: (report: RevisitReport, now: Date) => Promise<ReportOutcome>,
  notices: (report: RevisitReport, staff: readonly Staff[], units: readonly UnitLabel[]) => ChangeNotice[] = () => [],
): Promise<RevisitReportView> {
  check(deps, unitId, quarter, principal);
  const before = await deps.reports.get(unitId, quarter.id);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const outcome = await apply(before, deps.now());
  if (!outcome.ok) throw new DomainError(outcome.kind, outcome.code, outcome.fields ? { fields: outcome.fields } : {});
  await deps.reports.replace(before, outcome.report, notices(outcome.report, await deps.staff.list(), await deps.units.list()));
  return viewOf(deps, outcome.report, quarter);
}

/** The unit head saves the written parts (a draft, or a returned report being revised). */
export function saveReportDraft(deps: RevisitReportDeps, unitId: UnitId, quarter: Period, written: ReportWritten, expectedVersion: number, principal: Principal) {
  return change(deps, unitId, quarter, expectedVersion, principal, async (r, now) => saveReport(r, principal, written, now));
}

/**
 * The unit head submits (R6): the written parts are all filled in, the figures as they stand now are frozen
 * into the report, and the Sales heads are asked to review it.
 */
export function submitReportForReview(deps: RevisitReportDeps, unitId: UnitId, quarter: Period, written: ReportWritten, expectedVersion: number, principal: Principal) {
  return change(
    deps,
    unitId,
    quarter,
    expectedVersion,
    principal,
    async (r, now) => submitReport(r, principal, written, await liveFigures(deps, unitId, quarter), now),
    submittedNotices,
  );
}

/** Sales (its head) accepts the submitted report or returns it with a comment; the unit is told. */
export function reviewSubmittedReport(deps: RevisitReportDeps, unitId: UnitId, quarter: Period, review: ReportReview, expectedVersion: number, principal: Principal) {
  return change(deps, unitId, quarter, expectedVersion, principal, async (r, now) => reviewReport(r, principal, review, now), reviewedNotices);
}

