import type { Lang } from '#shared/messages';
import type { Tier } from '#shared/schemas/customer.schema';
import { tierOverrideInputSchema, type TierOverrideInput } from '#shared/schemas/tier-override.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { validate, type FieldErrors } from '#shared/validation';

export interface OverrideFormModel {
  tier: Tier | '';
  reason: string;
  /** 'YYYY-MM-DD' (the date picker's value format), '' while unchosen. */
  expiresOn: string;
}

/** 'YYYY-MM-DD' `months` calendar months after `date`, clamped to the month's last day (01-31 + 1 → 02-28). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A new override: the current one when there is one, otherwise no tier yet and three months from today. */
export function overrideFormModel(current: TierOverrideInput | undefined, now: Date): OverrideFormModel {
  if (current) return { tier: current.tier, reason: current.reason, expiresOn: current.expiresOn };
  return { tier: '', reason: '', expiresOn: addMonths(shanghaiDate(now), 3) };
}

/** Days before today (Asia/Shanghai) cannot be picked: the server refuses an override that ended already. */
export function beforeToday(day: Date, now: Date): boolean {
  // The picker hands local midnight of the day shown; its calendar date is what the user chose.
  const picked = `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  return picked < shanghaiDate(now);
}

/** Validates with the shared schema in the UI language; blank fields get the form's own "required" text. */
export function validateOverride(
  m: OverrideFormModel,
  lang: Lang,
  required: { fill: string; choose: string },
): { ok: true; value: TierOverrideInput } | { ok: false; fields: FieldErrors } {
  const result = validate(tierOverrideInputSchema, m, lang);
  if (result.ok) return result;
  const fields = { ...result.fields };
  if (!m.tier) fields.tier = required.choose;
  if (!m.reason.trim()) fields.reason = required.fill;
  if (!m.expiresOn) fields.expiresOn = required.choose;
  return { ok: false, fields };
}
