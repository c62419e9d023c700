/**
 * Business units (业务单位). Each owns the customers of its unit or region (R1). Units are records an
 * administrator keeps (GET/POST/PATCH /units, docs/data-model.md "Business units"); this file holds only
 * the rule for a unit's code and the first units a fresh system is seeded with.
 */

/** A unit's code: its id in tokens (`custom:unitId`), keys and URLs. Stable, never reused once retired. */
export type UnitId = string;

export const unitCodeLength = { min: 2, max: 32 } as const;

/**
 * Lower-case letters, digits and single dashes, starting with a letter and not ending with a dash
 * (`east`, `north-2`): safe in URLs, DynamoDB keys and Cognito attributes without escaping.
 */
export const unitCodePattern = /^[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$/;

export function isUnitCode(value: unknown): value is UnitId {
  return (
    typeof value === 'string' &&
    value.length >= unitCodeLength.min &&
    value.length <= unitCodeLength.max &&
    unitCodePattern.test(value)
  );
}

/**
 * The units a new system starts with: written once by the twin's seed and by the on-demand job
 * `seed-units` in the cloud (docs/operations.md). Nothing else reads this list.
 */
export const seedUnits = [
  { code: 'east', name: '华东事业部', nameEn: 'East China Division', region: '华东' },
  { code: 'north', name: '华北事业部', nameEn: 'North China Division', region: '华北' },
  { code: 'south', name: '华南事业部', nameEn: 'South China Division', region: '华南' },
] as const;

/** What a label needs of a unit record: its code and names (the records' `Unit` has them). */
export interface UnitLabel {
  code: UnitId;
  name: string;
  nameEn?: string;
}

/** A unit's names in both languages, for notices written before the reader's language is known; the code when no record names it. */
export function unitNames(units: readonly UnitLabel[], code: UnitId): { zh: string; en: string } {
  const unit = units.find((u) => u.code === code);
  return unit ? { zh: unit.name, en: unit.nameEn ?? unit.name } : { zh: code, en: code };
}

/** A unit's name in the reader's language: its English name when there is one, else its Chinese name. */
export function unitName(unit: { name: string; nameEn?: string }, lang: 'zh-CN' | 'en'): string {
  return lang === 'en' && unit.nameEn ? unit.nameEn : unit.name;
}
