import { mayReviewReport, mayWriteReport, moveReport } from '#shared/revisits/report-state';
import { revisitChannels } from '#shared/revisits/rules';
import type { Tier } from '#shared/schemas/customer.schema';
import { reportWrittenFields, type ReportFigures, type ReportStatus, type ReportWritten, type RevisitReport } from '#shared/schemas/revisit-report.schema';

/** A share as people read it: 0.36 → "36%"; no target → "—". */
export const percent = (share: number | null | undefined) => (share === null || share === undefined ? '—' : `${Math.round(share * 100)}%`);

export interface ReportUser {
  username: string;
  role: Parameters<typeof mayReviewReport>[0]['role'];
  unitId?: string;
}

/** What the signed-in user may do with the report now: the same rules the server applies (shared/revisits/report-state.ts). */
export function reportActions(report: Pick<RevisitReport, 'unitId' | 'status'>, user: ReportUser | null) {
  if (!user) return { canEdit: false, canReview: false };
  const actor = { role: user.role, ...(user.unitId ? { unitId: user.unitId } : {}) };
  return {
    canEdit: mayWriteReport(report.unitId, actor) && 'to' in moveReport(report.status, 'submit'),
    canReview: mayReviewReport(actor) && 'to' in moveReport(report.status, 'accept'),
  };
}

/** The written parts left empty, which a submission needs (the server says the same, this only saves a round trip). */
export const missingParts = (written: ReportWritten) => reportWrittenFields.filter((f) => !written[f].trim());

/** Element Plus tag type per status. */
const statusTags = { draft: 'info', submitted: 'warning', returned: 'danger', accepted: 'success' } as const satisfies Record<ReportStatus, string>;
export const statusTagType = (s: ReportStatus) => statusTags[s];

/** The progress chart's series: target and done per tier (a tier without a target shows 0 planned). */
export function progressSeries(figures: Pick<ReportFigures, 'progress'>, tierLabel: (t: Tier) => string) {
  return {
    categories: figures.progress.map((p) => tierLabel(p.tier)),
    target: figures.progress.map((p) => p.target ?? 0),
    done: figures.progress.map((p) => p.done),
  };
}

/** Channel × tier as table rows, with the channel columns in the policy's order. */
export function channelRows(figures: Pick<ReportFigures, 'byChannel' | 'channelTotals'>) {
  return [
    ...figures.byChannel.map((r) => ({ key: r.tier as Tier | 'total', counts: revisitChannels.map((c) => r.counts[c]), total: r.total })),
    { key: 'total' as const, counts: revisitChannels.map((c) => figures.channelTotals[c]), total: revisitChannels.reduce((n, c) => n + figures.channelTotals[c], 0) },
  ];
}
