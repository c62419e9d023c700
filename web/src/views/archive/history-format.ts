import type { Contact } from '#shared/schemas/customer.schema';
import type { FieldChange } from '#shared/schemas/customer-history.schema';

/** How one kind of value reads in the UI language; the page passes its label functions in. */
export interface HistoryValueLabels {
  kind: (kind: string) => string;
  tier: (tier: string) => string;
  unit: (unitId: string) => string;
  staff: (id: string) => string;
  yuan: (fen: number) => string;
  dateTime: (iso: string) => string;
  yes: string;
  no: string;
  primary: string;
  /** Joins the parts of one contact (`、` in Chinese, `, ` in English). */
  separator: string;
  /** One detail of a record held as a group (the licence, the tax registration): `注册资本：5000万元`. */
  detail?: (field: string, key: string, value: string) => string;
}

/** Fields holding a member of staff's id, shown by name. */
const staffFields = new Set(['ownerId', 'lastVerifiedBy', 'deletedBy', 'createdBy', 'updatedBy']);
/** Fields holding an ISO instant, shown in Asia/Shanghai. */
const instantFields = new Set(['lastVerifiedAt', 'deletedAt', 'createdAt', 'updatedAt']);
const tierFields = new Set(['tier', 'computedTier']);
/** Fields holding a group of details (R2 legal qualification), shown a detail per line. */
const groupFields = new Set(['businessLicence', 'taxRegistration']);

function isContact(value: unknown): value is Contact {
  return typeof value === 'object' && value !== null && typeof (value as Contact).name === 'string';
}

function contactLine(c: Contact, l: HistoryValueLabels): string {
  const parts = [c.name, c.title, c.phone, c.email].filter((p): p is string => !!p);
  return `${parts.join(l.separator)}${c.primary ? ` (${l.primary})` : ''}`;
}

/**
 * One side of a field change as lines of text: a list of contacts gives a line per contact, every
 * other value one line. Empty for a side that does not exist (a field that appeared or went away).
 */
export function formatHistoryValue(field: string, value: unknown, l: HistoryValueLabels): string[] {
  if (value === undefined || value === null) return [];
  if (field === 'contacts' && Array.isArray(value)) return value.map((c) => (isContact(c) ? contactLine(c, l) : JSON.stringify(c)));
  if (typeof value === 'string') {
    if (field === 'kind') return [l.kind(value)];
    if (tierFields.has(field)) return [l.tier(value)];
    if (field === 'unitId') return [l.unit(value)];
    if (staffFields.has(field)) return [l.staff(value)];
    if (instantFields.has(field)) return [l.dateTime(value)];
    return [value];
  }
  if (typeof value === 'number') return [field.endsWith('Fen') ? l.yuan(value) : String(value)];
  if (typeof value === 'boolean') return [value ? l.yes : l.no];
  if (field === 'tierOverride' && typeof value === 'object') {
    const o = value as { tier?: string; reason?: string; expiresOn?: string };
    return [[o.tier ? l.tier(o.tier) : '', o.reason ?? '', o.expiresOn ?? ''].filter(Boolean).join(l.separator)];
  }
  if (groupFields.has(field) && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => (l.detail ? l.detail(field, k, String(v)) : `${k}: ${String(v)}`));
  }
  return [JSON.stringify(value)];
}

/** A change as the timeline shows it: before and after as lines, or withheld. */
export interface ChangeRow {
  field: string;
  masked: boolean;
  before: string[];
  after: string[];
}

/** Bookkeeping that every entry already shows in its own header (who and when), not repeated per field. */
const shownInHeader = new Set(['updatedAt', 'updatedBy']);

export function changeRows(changes: FieldChange[], l: HistoryValueLabels): ChangeRow[] {
  return changes
    .filter((c) => !shownInHeader.has(c.field))
    .map((c) => ({
      field: c.field,
      masked: c.masked === true,
      before: c.masked ? [] : formatHistoryValue(c.field, c.before, l),
      after: c.masked ? [] : formatHistoryValue(c.field, c.after, l),
    }));
}
