import * as z from 'zod';
import { periodKinds, type PeriodKind } from '../revisits/periods';
import { defaultRevisitRules, revisitChannels, visitorRanks, type RevisitRule } from '../revisits/rules';
import type { MessageCode } from '../messages';
import { tiers } from '../customer-options';
import { temporaryPlanMaxDays } from '../revisits/plan-limits';
import { lazySchema } from '../lazy-schema';

/** Shorter periods first: a waiver must come from a rule of a longer period (month < quarter < half-year). */
const periodLength: Record<PeriodKind, number> = { month: 1, quarter: 3, 'half-year': 6 };

const noRepeats = <T>(items: readonly T[]) => new Set(items).size === items.length;

/** One R6 frequency rule as an administrator edits it (see shared/revisits/rules.ts for what each field means). */
export const revisitRuleSchema = lazySchema(() => z.strictObject({
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{1,47}$/, { error: 'revisitRules.idFormat' }),
  tier: z.enum(tiers),
  period: z.enum(periodKinds),
  ranks: z.array(z.enum(visitorRanks)).min(1).refine(noRepeats, { error: 'revisitRules.repeated' }),
  channels: z.array(z.enum(revisitChannels)).min(1).refine(noRepeats, { error: 'revisitRules.repeated' }),
  minCount: z.number().int().min(1).max(31),
  selective: z.boolean().optional(),
  waivedBy: z.string().trim().min(1).max(48).optional(),
  /** The share of obligations that must be met, 0–1 (1 = the 100% R6 demands of VIP and key). */
  target: z.number().min(0).max(1).optional(),
  label: z.strictObject({ 'zh-CN': z.string().trim().min(1).max(100), en: z.string().trim().min(1).max(200) }),
}));

/** A whole number of days from 1 to `max`, with one message naming the bounds in both languages. */
const days = (max: number, code: MessageCode) => z.number({ error: code }).int({ error: code }).min(1, { error: code }).max(max, { error: code });

/**
 * When reminders start and how long an overdue one keeps being escalated (R6: "reminds owners before an
 * obligation falls due and escalates when it is overdue"). At least one day, so reminders always come
 * before the due date; a lead time shorter than the shortest period of its kind (28-day month, 90-day
 * quarter, 181-day half-year), or than the longest temporary plan, so "due soon" never covers a whole
 * period; escalation for at most about a quarter after the due date.
 */
export const reminderTimingSchema = lazySchema(() => z.strictObject({
  /** Days before a period ends that its unmet obligations are "due soon" and reminded. */
  leadDays: z.strictObject({
    month: days(27, 'revisitRules.leadMonth'),
    quarter: days(89, 'revisitRules.leadQuarter'),
    'half-year': days(180, 'revisitRules.leadHalfYear'),
  }),
  /** Days before an approved temporary plan's last day that its unmet revisits are "due soon". */
  planLeadDays: days(temporaryPlanMaxDays - 1, 'revisitRules.leadPlan'),
  /** Days after an obligation (or a plan) ended unmet that the owner's head keeps being told. */
  escalateDays: days(92, 'revisitRules.escalateDays'),
}));
export type ReminderTiming = z.infer<typeof reminderTimingSchema>;

/** The timing in force before it was a setting (the environment's defaults then; no deployment changed them). */
export const defaultReminderTiming: ReminderTiming = {
  leadDays: { month: 5, quarter: 14, 'half-year': 30 },
  planLeadDays: 3,
  escalateDays: 14,
};

/**
 * The R6 frequency rules and the reminder timing as one setting (changed only by an administrator, with
 * history; read by coverage, reminders, the calendar, plans, reports and each customer's obligations).
 * A waiver names another rule of the same tier and a longer period that is not itself waived, so
 * "owed unless …" never goes round in a circle.
 */
export const revisitSettingsSchema = lazySchema(() => z
  .strictObject({
    rules: z.array(revisitRuleSchema).min(1).max(40),
    reminders: reminderTimingSchema,
  })
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.rules.forEach((rule, i) => {
      if (seen.has(rule.id)) ctx.addIssue({ code: 'custom', message: 'revisitRules.duplicateId', path: ['rules', i, 'id'] });
      seen.add(rule.id);
    });
    s.rules.forEach((rule, i) => {
      if (rule.waivedBy === undefined) return;
      const waiver = s.rules.find((r) => r.id === rule.waivedBy);
      const fits =
        waiver !== undefined &&
        waiver.id !== rule.id &&
        waiver.tier === rule.tier &&
        waiver.waivedBy === undefined &&
        periodLength[waiver.period] > periodLength[rule.period];
      if (!fits) ctx.addIssue({ code: 'custom', message: 'revisitRules.waiver', path: ['rules', i, 'waivedBy'] });
    });
  }));
export type RevisitSettings = z.infer<typeof revisitSettingsSchema>;

/** The policy's own rules (第十一条), in force until an administrator first changes them. */
export const defaultRevisitSettings: RevisitSettings = {
  rules: defaultRevisitRules.map((r) => ({ ...r, ranks: [...r.ranks], channels: [...r.channels], label: { ...r.label } })),
  reminders: structuredClone(defaultReminderTiming),
};

/**
 * The setting as stored: versions written before the reminder timing joined it hold only rules, and read
 * with the timing then in force (the defaults). Requests must always send both (revisitSettingsSchema).
 */
export const storedRevisitSettingsSchema = lazySchema(() => z.preprocess(
  (v) => (v !== null && typeof v === 'object' && !('reminders' in v) ? { ...v, reminders: defaultReminderTiming } : v),
  revisitSettingsSchema,
));

/** The rules of stored settings, as the obligation functions take them. */
export const rulesOf = (s: RevisitSettings): readonly RevisitRule[] => s.rules;
