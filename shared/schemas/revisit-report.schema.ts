import * as z from 'zod';
import { revisitChannels } from '../revisits/rules';
import { unitCodeSchema } from './unit-code.schema';
import { tiers } from '../customer-options';
import { lazySchema } from '../lazy-schema';

const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const count = lazySchema(() => z.number().int().min(0));

/** What people write in the quarterly revisit evaluation (R6): the judgement the system cannot fill. */
export const reportWrittenSchema = lazySchema(() => z.strictObject({
  /** 主要成效 the main results */
  mainResults: z.string().trim().max(4000).default(''),
  /** 存在问题 problems still unsolved */
  problems: z.string().trim().max(4000).default(''),
  /** 改进措施 what to improve */
  improvements: z.string().trim().max(4000).default(''),
}));
export type ReportWritten = z.infer<typeof reportWrittenSchema>;
export const reportWrittenFields = ['mainResults', 'problems', 'improvements'] as const;

/** POST /revisit-reports/{unitId}/{quarter}/review: Sales accepts, or returns it with a comment. */
export const reportReviewSchema = lazySchema(() => z
  .strictObject({
    decision: z.enum(['accepted', 'returned']),
    comment: z.string().trim().max(2000).default(''),
  })
  .refine((r) => r.decision === 'accepted' || r.comment.length >= 2, { error: 'revisitReport.commentRequired', path: ['comment'] }));
export type ReportReview = z.infer<typeof reportReviewSchema>;

export const reportStatuses = ['draft', 'submitted', 'returned', 'accepted'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

const channelCounts = lazySchema(() => z.object(Object.fromEntries(revisitChannels.map((c) => [c, count])) as Record<(typeof revisitChannels)[number], typeof count>));
export type ChannelCounts = z.infer<typeof channelCounts>;

const progressFigures = () => ({
  /** Revisits the annual plan sets for the quarter; null when the plan sets none. */
  target: count.nullable(),
  /** Revisits made in the quarter (by the customer's tier when it was revisited). */
  done: count,
  /** done / target, null without a target. */
  share: z.number().min(0).nullable(),
  /** The unit's customers of the tier now, and how many of them were revisited in the quarter. */
  customers: count,
  customersReached: count,
});

/** The figures the system fills in (R6), as of `asOf`; frozen into the report when it is submitted. */
export const reportFiguresSchema = lazySchema(() => z.object({
  unitId: unitCodeSchema,
  quarter: z.string(),
  periodStart: z.iso.datetime(),
  periodEnd: z.iso.datetime(),
  asOf: z.iso.datetime(),
  /** The annual plan version the targets came from (0: the unit has no plan for the year). */
  planVersion: z.number().int().min(0),
  progress: z.array(z.object({ tier: z.enum(tiers), ...progressFigures() })),
  progressTotal: z.object(progressFigures()),
  byChannel: z.array(z.object({ tier: z.enum(tiers), counts: channelCounts, total: count })),
  channelTotals: channelCounts,
  satisfaction: z.object({
    count,
    /** Mean score 1–5 (two decimals), null when nobody was asked. */
    average: z.number().nullable(),
    /** How many revisits scored 1, 2, 3, 4 and 5. */
    distribution: z.array(count).length(5),
  }),
  /** Issues raised in revisits up to the quarter's end that are still open (follow-up items). */
  openItems: z.array(
    z.object({ itemId: z.string(), text: z.string(), customerId: z.string(), customerName: z.string(), revisitId: z.string(), visitedAt: z.iso.datetime() }),
  ),
  /**
   * Customers' opinions registered up to the quarter's end and still not answered (第三条〔四〕): counted into the
   * report's unsolved problems. Reports frozen before the register existed read 0.
   */
  openOpinions: count.default(0),
  /** Approved temporary plans that ran in the quarter, and how far they got. */
  temporaryPlans: z.array(
    z.object({ id: z.string(), purpose: z.string(), startDate: z.string(), endDate: z.string(), customers: count, met: count, overdue: count, open: count }),
  ),
}));
export type ReportFigures = z.infer<typeof reportFiguresSchema>;

/** A unit's quarterly revisit evaluation report as stored (version 0: not written yet). */
export const revisitReportSchema = lazySchema(() => z.object({
  unitId: unitCodeSchema,
  quarter: z.string(),
  status: z.enum(reportStatuses),
  written: z.object({ mainResults: z.string(), problems: z.string(), improvements: z.string() }),
  /** The figures as submitted (the last submission); the live figures are computed while it is edited. */
  figures: reportFiguresSchema.optional(),
  submissions: z.array(z.object({ by: person, at: z.iso.datetime() })),
  reviews: z.array(z.object({ decision: z.enum(['accepted', 'returned']), comment: z.string(), by: person, at: z.iso.datetime() })),
  updatedAt: z.iso.datetime().optional(),
  updatedBy: person.optional(),
  version: z.number().int().min(0),
}));
export type RevisitReport = z.infer<typeof revisitReportSchema>;

/** What GET /revisit-reports/{unitId}/{quarter} answers: the report and the figures to show with it. */
export const revisitReportViewSchema = lazySchema(() => z.object({
  report: revisitReportSchema,
  figures: reportFiguresSchema,
  /** True when the figures are the submitted snapshot, false when computed now. */
  frozen: z.boolean(),
}));
export type RevisitReportView = z.infer<typeof revisitReportViewSchema>;

/** GET /revisit-reports?quarter=2026-Q4 (default: the quarter running now) */
export const reportListQuerySchema = lazySchema(() => z.strictObject({
  quarter: z.string().regex(/^\d{4}-Q[1-4]$/).optional(),
}));

/** One row of GET /revisit-reports: each unit in the caller's scope. */
export const reportListRowSchema = lazySchema(() => z.object({
  unitId: z.string(),
  quarter: z.string(),
  status: z.enum(reportStatuses),
  version: z.number().int(),
  submittedAt: z.string().optional(),
  reviewedAt: z.string().optional(),
}));
export type ReportListRow = z.infer<typeof reportListRowSchema>;
