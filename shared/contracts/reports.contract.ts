import * as z from 'zod';
import { tiers } from '../customer-options';
import { freshnessReportQuerySchema, serviceQualityQuerySchema, tierReportQuerySchema } from '../schemas/report.schema';
import { tierHistoryEntrySchema } from '../schemas/tier-history.schema';
import { downloadLinkSchema } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** shared/units.ts UnitLabel: a unit the caller may choose, with its names. */
const unitLabelSchema = lazySchema(() => z.object({ code: z.string(), name: z.string(), nameEn: z.string().optional() }));
const scope = () => ({ units: z.array(z.string()), choices: z.array(unitLabelSchema) });

/** shared/reports/tier-report.ts TierReport, with its period and scope (functions/reports/use-cases/tier-report.ts). */
export const tierReportSchema = lazySchema(() => z.object({
  start: z.string(),
  end: z.string(),
  rows: z.array(z.object({ unitId: z.string(), tier: z.enum(tiers), atStart: z.number().int(), atEnd: z.number().int(), movedIn: z.number().int(), movedOut: z.number().int() })),
  byUnit: z.array(z.object({ unitId: z.string(), up: z.number().int(), down: z.number().int() })),
  moves: z.array(
    z.object({
      customerId: z.string(),
      customerName: z.string(),
      unitId: z.string(),
      at: z.string(),
      from: z.enum(tiers),
      to: z.enum(tiers),
      direction: z.enum(['up', 'down']),
      source: tierHistoryEntrySchema.shape.source,
      rule: tierHistoryEntrySchema.shape.rule,
      annualAmountFen: z.number().int(),
      creditRating: z.string(),
      reason: z.string().optional(),
    }),
  ),
  from: z.string(),
  to: z.string(),
  ...scope(),
}));

const freshnessShare = () => ({ total: z.number().int(), stale: z.number().int(), share: z.number() });
const staleArchive = lazySchema(() => z.object({ customerId: z.string(), customerName: z.string(), unitId: z.string(), ownerId: z.string(), tier: z.enum(tiers), since: z.string(), staleFrom: z.string() }));

/** shared/reports/freshness-report.ts FreshnessReport, with its instant, scope and the owners' names. */
export const freshnessReportSchema = lazySchema(() => z.object({
  periodMonths: z.number().int(),
  total: z.object({ ...freshnessShare(), neverVerified: z.number().int() }),
  byUnit: z.array(z.object({ ...freshnessShare(), unitId: z.string() })),
  byOwner: z.array(z.object({ ...freshnessShare(), unitId: z.string(), ownerId: z.string() })),
  stale: z.array(staleArchive),
  neverVerified: z.array(staleArchive.extend({ stale: z.boolean() })),
  asOf: z.string(),
  names: z.record(z.string(), z.string()),
  ...scope(),
}));

/** shared/reports/service-quality.ts QualityRow: one department's month, or its total. */
const qualityRowSchema = lazySchema(() => z.object({
  department: z.string(),
  month: z.string(),
  requests: z.number().int(),
  complaints: z.number().int(),
  firstResponseHours: z.number().nullable(),
  resolutionHours: z.number().nullable(),
  closed: z.number().int(),
  promised: z.number().int(),
  pastPromised: z.number().int(),
  pastPromisedShare: z.number().nullable(),
  transfers: z.number().int(),
  transfersPerRequest: z.number(),
  satisfaction: z.number().nullable(),
  revisitRating: z.number().nullable(),
  revisitRatings: z.number().int(),
}));

export const serviceQualitySchema = lazySchema(() => z.object({
  from: z.string(),
  to: z.string(),
  department: z.string().optional(),
  rows: z.array(qualityRowSchema),
  totals: z.array(qualityRowSchema),
  departments: z.array(z.object({ value: z.string(), label: z.object({ 'zh-CN': z.string(), en: z.string() }), active: z.boolean() })),
}));

/** R8's reports: the figures as JSON, or with `format=xlsx` a download link to the workbook. */
export const reportsContracts = defineContracts({
  'GET /reports/tiers': { summary: 'Tier distribution and moves over a period (or its .xlsx link)', query: tierReportQuerySchema, response: lazySchema(() => z.union([tierReportSchema, downloadLinkSchema])) },
  'GET /reports/archive-freshness': {
    summary: 'Stale archives by unit and owner (or its .xlsx link)',
    query: freshnessReportQuerySchema,
    response: lazySchema(() => z.union([freshnessReportSchema, downloadLinkSchema])),
  },
  'GET /reports/service-quality': {
    summary: 'Service quality by department and month (or its .xlsx link)',
    query: serviceQualityQuerySchema,
    response: lazySchema(() => z.union([serviceQualitySchema, downloadLinkSchema])),
  },
});
