import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/**
 * Sales targets (第五条〔一〕 完成销售任务，达成回款): the Sales head sets each year's target per business unit and
 * per salesperson — a sales amount and, optionally, a collection (回款) amount — with every change kept.
 */
export const targetKinds = ['unit', 'person'] as const;
export type TargetKind = (typeof targetKinds)[number];

/** At most one trillion yuan, in fen: far above any real target, far below Number.MAX_SAFE_INTEGER. */
const maxFen = 100_000_000_000_000;

export const targetYearSchema = lazySchema(() => z.coerce.number().int({ error: 'salesTarget.year' }).min(2020, { error: 'salesTarget.year' }).max(2100, { error: 'salesTarget.year' }));

/** The path of one target: `/sales-targets/{year}/{kind}/{subjectId}` (a unit code or a staff username). */
export const targetPathSchema = lazySchema(() => z.object({
  year: z.string().regex(/^\d{4}$/, { error: 'salesTarget.year' }).transform(Number).pipe(z.number().min(2020, { error: 'salesTarget.year' }).max(2100, { error: 'salesTarget.year' })),
  kind: z.enum(targetKinds, { error: 'salesTarget.kind' }),
  subjectId: z.string().trim().min(1).max(128),
}));
export type TargetPath = z.infer<typeof targetPathSchema>;

/** GET /sales-targets?year= */
export const targetListQuerySchema = lazySchema(() => z.strictObject({ year: targetYearSchema }));

/** PUT /sales-targets/{year}/{kind}/{subjectId} (If-Match: the version edited; "0" for a target not set yet). */
export const targetInputSchema = lazySchema(() => z.strictObject({
  amountFen: z.number({ error: 'salesTarget.amount' }).int({ error: 'salesTarget.amount' }).min(1, { error: 'salesTarget.amount' }).max(maxFen, { error: 'salesTarget.amount' }),
  /** Absent: no collection target this year. */
  collectionFen: z.number({ error: 'salesTarget.collection' }).int({ error: 'salesTarget.collection' }).min(1, { error: 'salesTarget.collection' }).max(maxFen, { error: 'salesTarget.collection' }).optional(),
  note: z.string().trim().max(500).default(''),
}));
export type TargetInput = z.infer<typeof targetInputSchema>;

const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const figures = lazySchema(() => z.object({ amountFen: z.number().int(), collectionFen: z.number().int().optional(), note: z.string() }));

/** A target as stored and answered. `unitId` is the unit itself, or the person's unit when the target was set. */
export const salesTargetSchema = lazySchema(() => z.object({
  year: z.number().int(),
  kind: z.enum(targetKinds),
  subjectId: z.string(),
  subjectName: z.string(),
  unitId: z.string().optional(),
  amountFen: z.number().int(),
  collectionFen: z.number().int().optional(),
  note: z.string(),
  version: z.number().int().positive(),
  updatedAt: z.iso.datetime(),
  updatedBy: person,
}));
export type SalesTarget = z.infer<typeof salesTargetSchema>;

/** One change of a target: who, when, before → after (before is absent for the first version). */
export const salesTargetChangeSchema = lazySchema(() => z.object({
  year: z.number().int(),
  kind: z.enum(targetKinds),
  subjectId: z.string(),
  version: z.number().int().positive(),
  at: z.iso.datetime(),
  by: person,
  before: figures.optional(),
  after: figures,
}));
export type SalesTargetChange = z.infer<typeof salesTargetChangeSchema>;

/** One month of a year's progress (shared/sales-targets/progress.ts). */
export const progressMonthSchema = lazySchema(() => z.object({
  month: z.string(),
  /** R4's transaction total of the month (paid − refunded − cancelled), as the tiering counts it. */
  salesFen: z.number().int(),
  /** Payments received in the month (payment.received). */
  collectedFen: z.number().int(),
  /** Running totals from January; null for months still to come. */
  salesToDateFen: z.number().int().nullable(),
  collectedToDateFen: z.number().int().nullable(),
  /** The target spread evenly over the year, up to this month's end. */
  targetToDateFen: z.number().int().nullable(),
  collectionTargetToDateFen: z.number().int().nullable(),
}));
export type ProgressMonth = z.infer<typeof progressMonthSchema>;

export const targetProgressSchema = lazySchema(() => z.object({
  months: z.array(progressMonthSchema),
  salesFen: z.number().int(),
  collectedFen: z.number().int(),
  /** Percent of the year's target reached so far (one decimal), null without a target. */
  salesPercent: z.number().nullable(),
  collectionPercent: z.number().nullable(),
  /** How many customers the figures are summed over (the unit's or the salesperson's, as assigned today). */
  customers: z.number().int(),
}));
export type TargetProgress = z.infer<typeof targetProgressSchema>;

/** GET /sales-targets/{year}/{kind}/{subjectId} */
export const targetDetailSchema = lazySchema(() => z.object({
  year: z.number().int(),
  kind: z.enum(targetKinds),
  subjectId: z.string(),
  subjectName: z.string(),
  /** Null while no target is set for the year: the progress still shows what was sold and collected. */
  target: salesTargetSchema.nullable(),
  progress: targetProgressSchema,
  history: z.array(salesTargetChangeSchema),
}));
export type TargetDetail = z.infer<typeof targetDetailSchema>;

/** GET /sales-targets?year= : the year's targets the caller may read, units first. */
export const targetListSchema = lazySchema(() => z.object({ year: z.number().int(), items: z.array(salesTargetSchema) }));
