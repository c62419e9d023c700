import * as z from 'zod';
import { quarterPattern } from '../path-params';
import { lazySchema } from '../lazy-schema';

/**
 * Assessments (考核, R9): a quarterly scorecard of one subject by its assessor. Two kinds share this shape
 * and the engine (shared/assessments/): Sales assesses each business unit (`unit`, 第三条〔一〕, 第十二条),
 * the General Office each department (`department`, 第六条〔八〕). Only the indicators, who assesses, who
 * answers for the subject and what the system computes differ by kind.
 */
export const assessmentKinds = ['unit', 'department'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

export const quarterSchema = lazySchema(() => z.string().regex(quarterPattern, { error: 'assessment.quarterFormat' }));

const person = lazySchema(() => z.object({ id: z.string(), name: z.string() }));
const bilingual = lazySchema(() => z.object({ 'zh-CN': z.string(), en: z.string() }));

/** How a computed value reads: a share 0–1 (shown as %), a count, a number of days, or of hours (a response time). */
export const indicatorFormats = ['share', 'count', 'days', 'hours'] as const;
export type IndicatorFormat = (typeof indicatorFormats)[number];

export const indicatorCodePattern = /^[a-z][a-z0-9-]{1,39}$/;

/** One indicator as an administrator defines it (data, like the revisit rules). */
export const indicatorDefinitionSchema = lazySchema(() => z.strictObject({
  /** Stable key; for a computed indicator, the figure the system computes for it (shared/assessments/<kind>). */
  code: z.string().regex(indicatorCodePattern, { error: 'assessment.codeFormat' }),
  name: z.strictObject({ 'zh-CN': z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(100) }),
  description: z.strictObject({ 'zh-CN': z.string().trim().max(400), en: z.string().trim().max(600) }),
  /** The most the assessor may score it; the scorecard's total is out of the sum of these. */
  maxScore: z.number().int().min(1).max(100),
  /** The value aimed at (a share 0–1, a count or days), shown beside the computed value; null: none. */
  target: z.number().min(0).max(100_000).nullable(),
  /** 'higher': more is better (coverage); 'lower': less is better (overdue requests). */
  better: z.enum(['higher', 'lower']),
  format: z.enum(indicatorFormats),
}));
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;

/** The indicator list of one kind: PUT /settings/assessment-indicators/{kind}. */
export const indicatorSetSchema = lazySchema(() => z.strictObject({
  indicators: z
    .array(indicatorDefinitionSchema)
    .min(1)
    .max(30)
    .refine((list) => new Set(list.map((i) => i.code)).size === list.length, { error: 'assessment.codeRepeated' }),
}));
export type IndicatorSet = z.infer<typeof indicatorSetSchema>;

/** What the system computed for one indicator of a subject's quarter: `value` = numerator / denominator for a share. */
export const computedValueSchema = lazySchema(() => z.object({
  code: z.string(),
  /** null when there is nothing to measure (no customer of the tier, no request due). */
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
}));
export type ComputedValue = z.infer<typeof computedValueSchema>;

/** The assessor's score and comment on one indicator. */
export const scoreSchema = lazySchema(() => z.strictObject({
  code: z.string().regex(indicatorCodePattern),
  score: z.number().min(0).max(100).multipleOf(0.5).nullable(),
  comment: z.string().trim().max(1000).default(''),
}));
export type Score = z.infer<typeof scoreSchema>;

/** PUT (save) and POST …/submit: all the assessor writes. State, computed values and history are the system's. */
export const scorecardWrittenSchema = lazySchema(() => z.strictObject({
  scores: z
    .array(scoreSchema)
    .max(30)
    .refine((list) => new Set(list.map((s) => s.code)).size === list.length, { error: 'assessment.codeRepeated' }),
  overallComment: z.string().trim().max(4000).default(''),
}));
export type ScorecardWritten = z.infer<typeof scorecardWrittenSchema>;

/** POST …/object: the subject's head objects, with the reason. */
export const objectionSchema = lazySchema(() => z.strictObject({
  reason: z.string().trim().min(2, { error: 'assessment.reasonRequired' }).max(2000),
}));
export type Objection = z.infer<typeof objectionSchema>;

/** POST …/acknowledge: the subject's head may add a remark. */
export const acknowledgementSchema = lazySchema(() => z.strictObject({
  remark: z.string().trim().max(2000).default(''),
}));
export type Acknowledgement = z.infer<typeof acknowledgementSchema>;

export const scorecardStates = ['draft', 'submitted', 'acknowledged', 'objected'] as const;
export type ScorecardState = (typeof scorecardStates)[number];

export const scorecardActions = ['save', 'submit', 'acknowledge', 'object'] as const;
export type ScorecardAction = (typeof scorecardActions)[number];

/** One change, as kept in the scorecard's history (oldest first). */
export const historyEntrySchema = lazySchema(() => z.object({
  action: z.enum(scorecardActions),
  from: z.enum(scorecardStates),
  to: z.enum(scorecardStates),
  by: person,
  at: z.iso.datetime(),
  /** The objection's reason, or the acknowledgement's remark. */
  note: z.string().optional(),
  /** The total scored at a submission. */
  total: z.number().optional(),
}));
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** The definitions a scorecard was submitted under, frozen into it (a closed quarter keeps them). */
export const definitionsSnapshotSchema = lazySchema(() => z.object({ version: z.number().int().min(0), indicators: z.array(indicatorDefinitionSchema) }));
export type DefinitionsSnapshot = z.infer<typeof definitionsSnapshotSchema>;

/** A scorecard as stored (version 0: nobody has opened it yet). */
export const scorecardSchema = lazySchema(() => z.object({
  kind: z.enum(assessmentKinds),
  /** The unit code, or the department id. */
  subject: z.string(),
  quarter: z.string(),
  state: z.enum(scorecardStates),
  scores: z.array(z.object({ code: z.string(), score: z.number().nullable(), comment: z.string() })),
  overallComment: z.string(),
  /** Frozen at each submission: what was scored, against which definitions. Absent while never submitted. */
  definitions: definitionsSnapshotSchema.optional(),
  computed: z.array(computedValueSchema).optional(),
  computedAt: z.iso.datetime().optional(),
  history: z.array(historyEntrySchema),
  updatedAt: z.iso.datetime().optional(),
  updatedBy: person.optional(),
  version: z.number().int().min(0),
}));
export type Scorecard = z.infer<typeof scorecardSchema>;

/** One indicator as the scorecard page shows it: its definition, computed value and the assessor's score. */
export const scorecardRowSchema = lazySchema(() => z.object({
  definition: indicatorDefinitionSchema,
  computed: computedValueSchema,
  /** Whether the computed value meets the target (null: no target or nothing to measure). */
  meetsTarget: z.boolean().nullable(),
  score: z.number().nullable(),
  comment: z.string(),
}));
export type ScorecardRow = z.infer<typeof scorecardRowSchema>;

/** What GET answers: the scorecard, its rows, totals and what the caller may do with it. */
export const scorecardViewSchema = lazySchema(() => z.object({
  scorecard: scorecardSchema,
  rows: z.array(scorecardRowSchema),
  total: z.number(),
  maxTotal: z.number(),
  /** True when rows show the submitted snapshot; false when computed now against the current definitions. */
  frozen: z.boolean(),
  computedAt: z.iso.datetime(),
  allowed: z.array(z.enum(scorecardActions)),
  subjectName: bilingual,
}));
export type ScorecardView = z.infer<typeof scorecardViewSchema>;

/** One row of a quarter's list. */
export const scorecardListRowSchema = lazySchema(() => z.object({
  kind: z.enum(assessmentKinds),
  subject: z.string(),
  subjectName: bilingual,
  quarter: z.string(),
  state: z.enum(scorecardStates),
  /** False while nobody has opened the subject's quarter (version 0). */
  opened: z.boolean(),
  total: z.number().nullable(),
  maxTotal: z.number().nullable(),
  updatedAt: z.string().optional(),
  version: z.number().int(),
}));
export type ScorecardListRow = z.infer<typeof scorecardListRowSchema>;

/** A quarter's list, of either kind. */
export const scorecardListSchema = lazySchema(() => z.object({ quarter: z.string(), items: z.array(scorecardListRowSchema) }));

/** What the system keeps on a scorecard and no caller sets: named as read-only when sent. */
export const scorecardSystemFields = ['state', 'computed', 'computedAt', 'definitions', 'history', 'version', 'kind', 'subject', 'quarter', 'updatedAt', 'updatedBy', 'total', 'rows'];

export const scorecardListQuerySchema = lazySchema(() => z.strictObject({ quarter: quarterSchema.optional() }));

/** The indicator definitions of a kind as GET answers them. */
export const indicatorSettingsViewSchema = lazySchema(() => z.object({
  kind: z.enum(assessmentKinds),
  indicators: z.array(indicatorDefinitionSchema),
  version: z.number().int(),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
}));
export const indicatorHistorySchema = lazySchema(() => z.object({
  items: z.array(
    z.object({
      indicators: z.array(indicatorDefinitionSchema),
      previous: z.array(indicatorDefinitionSchema),
      version: z.number().int(),
      updatedAt: z.string().optional(),
      updatedBy: z.string().optional(),
    }),
  ),
}));
