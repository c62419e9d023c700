import { normalizeCreditCode } from '../credit-code';
import { customerCreateSchema, type CustomerCreateInput } from '../schemas/customer.schema';
import type { CustomerColumnKey } from './columns';
import { gradeFrom, gradeList } from '../credit-grades';
import { customerKindFrom, unitFrom, unitChoices } from './labels';
import { hasErrors, issuesFromZod, type RowIssue } from './row-report';
import type { UnitLabel } from '../units';

export type CustomerCells = Partial<Record<CustomerColumnKey, string>>;

/**
 * A phone as people type it in a spreadsheet, cleaned to a form the archive accepts: spaces, brackets
 * and a +86 / 0086 country code dropped; a mobile's dashes removed (`138-1234-5678`); a landline's
 * area code kept apart by a dash (`(010)12345678` → `010-12345678`). Anything else is left for the
 * schema to refuse with the phone message.
 */
export function cleanImportedPhone(raw: string): string {
  let v = raw.normalize('NFKC').trim().replace(/\s+/g, '');
  v = v.replace(/^(?:\+|00)86-?/, '');
  const bracketed = /^\((0\d{2,3})\)-?(.+)$/.exec(v);
  if (bracketed) v = `${bracketed[1]}-${bracketed[2]}`;
  if (/^1[\d-]{10,14}$/.test(v) && v.replace(/-/g, '').length === 11) return v.replace(/-/g, '');
  return v;
}

/** The schema field a path of the create schema came from, as the spreadsheet column. */
function columnOf(path: readonly PropertyKey[]): string {
  const [first, , field] = path.map(String);
  if (first === 'contacts') {
    return field === 'phone' ? 'contactPhone' : field === 'email' ? 'contactEmail' : field === 'title' ? 'contactTitle' : 'contactName';
  }
  return first ?? '_row';
}

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * Reads one spreadsheet row into a customer create request (R2), with the same rules as the create
 * form: the row's labels become the schema's values (中文 or English, any width or case), its contact
 * becomes the primary contact, its credit grade one of `grades` (the administrator's, any case or width),
 * its unit one of `units` (the active unit records, by code or name), and the create schema decides the rest. Returns the request only when the row has no error; every
 * problem is named by its column.
 */
export function parseCustomerRow(
  cells: CustomerCells,
  grades: readonly string[],
  units: readonly UnitLabel[],
): { input?: CustomerCreateInput; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  const required = (key: CustomerColumnKey) => {
    if (present(cells[key])) return cells[key]!.trim();
    issues.push({ column: key, severity: 'error', code: 'import.required' });
    return undefined;
  };
  const name = required('name');
  const creditCodeText = required('creditCode');
  const kindText = required('kind');
  const ratingText = required('creditRating');

  const kind = kindText ? customerKindFrom(kindText) : undefined;
  if (kindText && !kind) issues.push({ column: 'kind', severity: 'error', code: 'import.kindUnknown' });
  const creditRating = ratingText ? gradeFrom(grades, ratingText) : undefined;
  if (ratingText && !creditRating) issues.push({ column: 'creditRating', severity: 'error', code: 'import.ratingUnknown', params: { grades: gradeList(grades) } });
  const unitId = present(cells.unitId) ? unitFrom(units, cells.unitId) : undefined;
  if (present(cells.unitId) && !unitId) issues.push({ column: 'unitId', severity: 'error', code: 'import.unitUnknown', params: { units: unitChoices(units) } });

  const contactGiven = [cells.contactName, cells.contactTitle, cells.contactPhone, cells.contactEmail].some(present);
  if (contactGiven && !present(cells.contactName)) issues.push({ column: 'contactName', severity: 'error', code: 'import.contactNameRequired' });
  if (hasErrors(issues)) return { issues };

  const contact = contactGiven
    ? {
        name: cells.contactName!.trim(),
        ...(present(cells.contactTitle) ? { title: cells.contactTitle.trim() } : {}),
        ...(present(cells.contactPhone) ? { phone: cleanImportedPhone(cells.contactPhone) } : {}),
        ...(present(cells.contactEmail) ? { email: cells.contactEmail.trim() } : {}),
        primary: true,
      }
    : undefined;
  const candidate = {
    name: name!,
    creditCode: normalizeCreditCode(creditCodeText!.normalize('NFKC')),
    kind: kind!,
    creditRating: creditRating!,
    ...(unitId ? { unitId } : {}),
    ...(present(cells.ownerId) ? { ownerId: cells.ownerId.trim() } : {}),
    contacts: contact ? [contact] : [],
    notes: cells.notes?.trim() ?? '',
    ...(present(cells.legalRepresentative) ? { legalRepresentative: cells.legalRepresentative.trim() } : {}),
    ...(present(cells.registeredAddress) ? { registeredAddress: cells.registeredAddress.trim() } : {}),
    ...(present(cells.region) ? { region: cells.region.trim() } : {}),
  };
  const parsed = customerCreateSchema.safeParse(candidate);
  if (!parsed.success) return { issues: issuesFromZod(parsed.error, columnOf) };
  return { input: parsed.data, issues };
}
