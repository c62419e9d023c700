import type { Lang } from '#shared/messages';
import type { PeriodKind } from '#shared/revisits/periods';
import type { RevisitChannel, RevisitRule, VisitorRank } from '#shared/revisits/rules';
import type { Tier } from '#shared/schemas/customer.schema';
import { revisitSettingsSchema, type ReminderTiming, type RevisitSettings } from '#shared/schemas/revisit-settings.schema';
import { validate, type FieldErrors } from '#shared/validation';

/** One rule as the rules form edits it: the target typed as a percent, the waiver '' when there is none. */
export interface RuleRow {
  id: string;
  tier: Tier;
  period: PeriodKind;
  ranks: VisitorRank[];
  channels: RevisitChannel[];
  minCount: number;
  selective: boolean;
  waivedBy: string;
  /** null for no target; else 0–100. */
  targetPercent: number | null;
  labelZh: string;
  labelEn: string;
}

export function rowsFromSettings(s: RevisitSettings): RuleRow[] {
  return s.rules.map((r) => ({
    id: r.id,
    tier: r.tier,
    period: r.period,
    ranks: [...r.ranks],
    channels: [...r.channels],
    minCount: r.minCount,
    selective: r.selective === true,
    waivedBy: r.waivedBy ?? '',
    targetPercent: r.target === undefined ? null : Math.round(r.target * 1000) / 10,
    labelZh: r.label['zh-CN'],
    labelEn: r.label.en,
  }));
}

/** A new rule for the form, with an id not yet taken. */
export function newRuleRow(taken: readonly string[]): RuleRow {
  let n = taken.length + 1;
  while (taken.includes(`rule-${n}`)) n++;
  return { id: `rule-${n}`, tier: 'general', period: 'quarter', ranks: ['manager'], channels: ['on-site'], minCount: 1, selective: false, waivedBy: '', targetPercent: null, labelZh: '', labelEn: '' };
}

/**
 * The settings to send — the rules and the reminder timing together, one version — validated with the
 * shared schema in the UI language; errors keyed as the server's (`rules.2.channels`, `reminders.escalateDays`).
 */
export function settingsFromRows(rows: readonly RuleRow[], reminders: ReminderTiming, lang: Lang): { ok: true; value: RevisitSettings } | { ok: false; fields: FieldErrors } {
  const rules = rows.map((r) => ({
    id: r.id,
    tier: r.tier,
    period: r.period,
    ranks: [...r.ranks],
    channels: [...r.channels],
    minCount: r.minCount,
    ...(r.selective ? { selective: true } : {}),
    ...(r.waivedBy ? { waivedBy: r.waivedBy } : {}),
    ...(r.targetPercent === null ? {} : { target: Math.round(r.targetPercent * 10) / 1000 }),
    label: { 'zh-CN': r.labelZh, en: r.labelEn },
  }));
  // A plain copy: the form's timing is a reactive proxy, which structuredClone refuses.
  const timing = { leadDays: { ...reminders.leadDays }, planLeadDays: reminders.planLeadDays, escalateDays: reminders.escalateDays };
  return validate(revisitSettingsSchema, { rules, reminders: timing }, lang);
}

export type RuleField = 'tier' | 'period' | 'ranks' | 'channels' | 'minCount' | 'selective' | 'waivedBy' | 'target' | 'label';

export type RuleChange =
  | { kind: 'added' | 'removed'; id: string; label: RevisitRule['label'] }
  | { kind: 'edited'; id: string; label: RevisitRule['label']; fields: RuleField[] };

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/** What changed between two versions of the rules, rule by rule (by id), in the newer version's order. */
export function ruleChanges(previous: RevisitSettings, next: RevisitSettings): RuleChange[] {
  const out: RuleChange[] = [];
  for (const r of next.rules) {
    const before = previous.rules.find((p) => p.id === r.id);
    if (!before) {
      out.push({ kind: 'added', id: r.id, label: r.label });
      continue;
    }
    const fields: RuleField[] = [];
    if (before.tier !== r.tier) fields.push('tier');
    if (before.period !== r.period) fields.push('period');
    if (!sameSet(before.ranks, r.ranks)) fields.push('ranks');
    if (!sameSet(before.channels, r.channels)) fields.push('channels');
    if (before.minCount !== r.minCount) fields.push('minCount');
    if ((before.selective ?? false) !== (r.selective ?? false)) fields.push('selective');
    if (before.waivedBy !== r.waivedBy) fields.push('waivedBy');
    if (before.target !== r.target) fields.push('target');
    if (before.label['zh-CN'] !== r.label['zh-CN'] || before.label.en !== r.label.en) fields.push('label');
    if (fields.length) out.push({ kind: 'edited', id: r.id, label: r.label, fields });
  }
  for (const p of previous.rules) if (!next.rules.some((r) => r.id === p.id)) out.push({ kind: 'removed', id: p.id, label: p.label });
  return out;
}

export type TimingField = PeriodKind | 'planLeadDays' | 'escalateDays';

/** The reminder timing's changed values between two versions, in the form's order. */
export function timingChanges(previous: RevisitSettings, next: RevisitSettings): { field: TimingField; from: number; to: number }[] {
  const value = (s: RevisitSettings, f: TimingField) => (f === 'planLeadDays' || f === 'escalateDays' ? s.reminders[f] : s.reminders.leadDays[f]);
  const fields: TimingField[] = ['month', 'quarter', 'half-year', 'planLeadDays', 'escalateDays'];
  return fields.filter((f) => value(previous, f) !== value(next, f)).map((f) => ({ field: f, from: value(previous, f), to: value(next, f) }));
}
