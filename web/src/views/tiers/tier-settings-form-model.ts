import type { Lang } from '#shared/messages';
import { yuanToFen, type Fen } from '#shared/money';
import { tierSettingsSchema, type AmountPeriod, type TierSettings } from '#shared/schemas/tier-settings.schema';
import { validate, type FieldErrors } from '#shared/validation';

/** What the rules form edits: thresholds typed in yuan, as text so no float ever touches a fen. */
export interface TierSettingsFormModel {
  vipThresholdYuan: string;
  keyThresholdYuan: string;
  /** Best first, as the administrator orders them. */
  creditGrades: string[];
  goodCreditRatings: string[];
  period: AmountPeriod;
}

/** 50_000_000 fen → "500000"; 9_999_999 → "99999.99" (no grouping: the field is typed into). */
export function fenToYuanInput(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const cents = abs % 100;
  return `${sign}${Math.floor(abs / 100)}${cents ? `.${String(cents).padStart(2, '0')}` : ''}`;
}

/** Yuan text as typed ("500,000", "99999.9", " 1 ") → fen, or undefined when it is not an amount. */
export function parseYuanInput(text: string): Fen | undefined {
  try {
    return yuanToFen(text.replace(/\s/g, '').replace(/^¥/, ''));
  } catch {
    return undefined;
  }
}

export function formFromSettings(s: TierSettings): TierSettingsFormModel {
  return {
    vipThresholdYuan: fenToYuanInput(s.vipThresholdFen),
    keyThresholdYuan: fenToYuanInput(s.keyThresholdFen),
    creditGrades: [...s.creditGrades],
    // In the grades' own order (best first), whatever order they were stored in.
    goodCreditRatings: s.creditGrades.filter((r) => s.goodCreditRatings.includes(r)),
    period: s.period,
  };
}

/**
 * The settings to send, validated with the shared schema in the UI language. Field errors are keyed by
 * the schema's paths (`vipThresholdFen`…), as the server's are, so both land on the same form items.
 */
export function settingsFromForm(
  m: TierSettingsFormModel,
  lang: Lang,
  messages: { amount: string; choose: string },
): { ok: true; value: TierSettings } | { ok: false; fields: FieldErrors } {
  const fields: FieldErrors = {};
  const vip = parseYuanInput(m.vipThresholdYuan);
  const key = parseYuanInput(m.keyThresholdYuan);
  if (vip === undefined || vip <= 0) fields.vipThresholdFen = messages.amount;
  if (key === undefined || key <= 0) fields.keyThresholdFen = messages.amount;
  if (m.goodCreditRatings.length === 0) fields.goodCreditRatings = messages.choose;
  // A grade removed from the list is no longer good either.
  const good = m.creditGrades.filter((g) => m.goodCreditRatings.includes(g));
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  const result = validate(
    tierSettingsSchema,
    { vipThresholdFen: vip, keyThresholdFen: key, creditGrades: [...m.creditGrades], goodCreditRatings: good.length ? good : [...m.goodCreditRatings], period: m.period },
    lang,
  );
  return result;
}

export type SettingsField = keyof TierSettings;

/** One changed setting of a history entry, values still raw (the page formats them). */
export interface SettingsChange<F extends SettingsField = SettingsField> {
  field: F;
  before: TierSettings[F];
  after: TierSettings[F];
}

/** What an administrator changed, in the form's order; good grades compare as sets, the grade list in order. */
export function settingsChanges(previous: TierSettings, next: TierSettings): SettingsChange[] {
  const fields: SettingsField[] = ['vipThresholdFen', 'keyThresholdFen', 'creditGrades', 'goodCreditRatings', 'period'];
  const same = (f: SettingsField) =>
    f === 'goodCreditRatings'
      ? [...previous.goodCreditRatings].sort().join() === [...next.goodCreditRatings].sort().join()
      : f === 'creditGrades'
        ? previous.creditGrades.join() === next.creditGrades.join()
        : previous[f] === next[f];
  return fields.filter((f) => !same(f)).map((field) => ({ field, before: previous[field], after: next[field] }) as SettingsChange);
}
