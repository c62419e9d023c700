import type { CustomerView } from '#shared/customer-view';
import type { Lang } from '#shared/messages';
import { translate } from '#shared/messages';
import {
  customerCreateSchema,
  type CreditRating,
  type CustomerCreateInput,
  type CustomerKind,
  type CustomerPatchInput,
} from '#shared/schemas/customer.schema';
import { customerNameProblem } from '#shared/customer-name-rule';
import type { TaxpayerType } from '#shared/schemas/customer-legal.schema';
import type { UnitId } from '#shared/units';
import { validate, type FieldErrors } from '#shared/validation';

export interface ContactRow {
  /** Stable key for v-for; not sent. */
  key: number;
  name: string;
  title: string;
  phone: string;
  email: string;
  primary: boolean;
}

/** What the form edits: empty strings where the user has not chosen yet. */
export interface CustomerFormModel {
  name: string;
  creditCode: string;
  kind: CustomerKind | '';
  creditRating: CreditRating | '';
  unitId: UnitId | '';
  ownerId: string;
  contacts: ContactRow[];
  notes: string;
  /** The legal qualification (R2); blank boxes are "not recorded". */
  legalRepresentative: string;
  registeredAddress: string;
  region: string;
  licence: { registeredCapital: string; establishedOn: string; validUntil: string; registrationAuthority: string; businessScope: string };
  tax: { taxpayerType: TaxpayerType | ''; bankName: string; bankAccount: string; invoiceAddressPhone: string };
}

let nextKey = 1;

const emptyLicence = (): CustomerFormModel['licence'] => ({ registeredCapital: '', establishedOn: '', validUntil: '', registrationAuthority: '', businessScope: '' });
const emptyTax = (): CustomerFormModel['tax'] => ({ taxpayerType: '', bankName: '', bankAccount: '', invoiceAddressPhone: '' });

export function emptyContact(): ContactRow {
  return { key: nextKey++, name: '', title: '', phone: '', email: '', primary: false };
}

export function emptyModel(defaults: { unitId?: UnitId; ownerId?: string } = {}): CustomerFormModel {
  return {
    name: '',
    creditCode: '',
    kind: '',
    creditRating: '',
    unitId: defaults.unitId ?? '',
    ownerId: defaults.ownerId ?? '',
    contacts: [],
    notes: '',
    legalRepresentative: '',
    registeredAddress: '',
    region: '',
    licence: emptyLicence(),
    tax: emptyTax(),
  };
}

/** The form for a customer's detail; the edit page asks for a purpose first, so no section is withheld. */
export function modelFromCustomer(c: CustomerView): CustomerFormModel {
  return {
    name: c.name,
    creditCode: c.creditCode,
    kind: c.kind,
    creditRating: c.creditRating ?? '',
    unitId: c.unitId,
    ownerId: c.ownerId,
    contacts: (c.contacts ?? []).map((x) => ({
      key: nextKey++,
      name: x.name,
      title: x.title ?? '',
      phone: x.phone ?? '',
      email: x.email ?? '',
      primary: x.primary === true,
    })),
    notes: c.notes,
    legalRepresentative: c.legalRepresentative ?? '',
    registeredAddress: c.registeredAddress ?? '',
    region: c.region ?? '',
    licence: { ...emptyLicence(), ...c.businessLicence },
    tax: { ...emptyTax(), ...c.taxRegistration },
  };
}

const blankToUndefined = (v: string): string | undefined => (v.trim() === '' ? undefined : v);

/** The request body as the user filled it in: unchosen and blank optional fields are left out. */
export function inputFromModel(m: CustomerFormModel): Record<string, unknown> {
  const input: Record<string, unknown> = {
    name: m.name,
    creditCode: m.creditCode,
    kind: blankToUndefined(m.kind),
    creditRating: blankToUndefined(m.creditRating),
    unitId: blankToUndefined(m.unitId),
    ownerId: blankToUndefined(m.ownerId),
    contacts: m.contacts.map((c) => {
      const contact: Record<string, unknown> = {
        name: c.name,
        title: blankToUndefined(c.title),
        phone: blankToUndefined(c.phone),
        email: blankToUndefined(c.email),
        primary: c.primary || undefined,
      };
      return dropUndefined(contact);
    }),
    notes: m.notes,
    // Always sent, so clearing a box clears the field; blank details inside the objects are left out.
    legalRepresentative: m.legalRepresentative,
    registeredAddress: m.registeredAddress,
    region: m.region,
    businessLicence: filled(m.licence),
    taxRegistration: filled(m.tax),
  };
  return dropUndefined(input);
}

/** The non-blank entries of a group of boxes (a cleared date picker gives null). */
function filled(o: Record<string, string | null>): Record<string, string> {
  return Object.fromEntries(Object.entries(o).filter((e): e is [string, string] => typeof e[1] === 'string' && e[1].trim() !== ''));
}

function dropUndefined(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}

/** Required fields left blank, by path, and whether they are typed in or chosen. */
function blankRequired(m: CustomerFormModel): [string, 'fill' | 'choose'][] {
  const blank: [string, 'fill' | 'choose'][] = [];
  if (!m.name.trim()) blank.push(['name', 'fill']);
  if (!m.creditCode.trim()) blank.push(['creditCode', 'fill']);
  if (!m.kind) blank.push(['kind', 'choose']);
  if (!m.creditRating) blank.push(['creditRating', 'choose']);
  m.contacts.forEach((c, i) => {
    if (!c.name.trim()) blank.push([`contacts.${i}.name`, 'fill']);
  });
  return blank;
}

/** Texts the form's checks need in the UI language (the page has the translator). */
export interface FormMessages {
  fill: string;
  choose: string;
  nameTooLong: (p: { limit: number; length: number }) => string;
}

/**
 * Validates the whole form with the shared create schema, in the UI language. Roles that see every
 * unit must name the unit (the schema leaves it optional for unit users, who default to their own).
 * A blank required field gets `required` text instead of zod's generic one ("expected one of
 * "main-business"|…" means nothing to the user of an empty box); every other message is the schema's.
 */
export function validateModel(
  m: CustomerFormModel,
  lang: Lang,
  unitRequired: boolean,
  messages: FormMessages,
): { ok: true; value: CustomerCreateInput } | { ok: false; fields: FieldErrors } {
  const result = validate(customerCreateSchema, inputFromModel(m), lang);
  const fields: FieldErrors = result.ok ? {} : { ...result.fields };
  for (const [path, how] of blankRequired(m)) if (fields[path]) fields[path] = messages[how];
  // Over the limit: the limit and the count, so the user knows how much to shorten.
  const nameProblem = customerNameProblem(m.name);
  if (nameProblem?.kind === 'too-long') fields.name = messages.nameTooLong(nameProblem);
  if (unitRequired && !m.unitId) fields.unitId ??= translate('unit.required', lang);
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return result as { ok: true; value: CustomerCreateInput };
}

/**
 * The PATCH body: only the fields whose value differs from what was loaded, so a save never
 * overwrites a field the user did not touch.
 */
export function patchFrom(value: CustomerCreateInput, original: CustomerView): CustomerPatchInput {
  const before = inputFromModel(modelFromCustomer(original));
  const after = value as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const key of Object.keys(after)) {
    if (JSON.stringify(after[key]) !== JSON.stringify(before[key])) patch[key] = after[key];
  }
  return patch as CustomerPatchInput;
}

/** Paths the form shows next to a field; server errors on other paths go to a message instead. */
export function isFormField(path: string): boolean {
  return /^(name|creditCode|kind|creditRating|unitId|ownerId|notes|contacts|legalRepresentative|registeredAddress|region)$/.test(path)
    || /^contacts\.\d+(\.(name|title|phone|email|primary))?$/.test(path)
    || /^(businessLicence|taxRegistration)(\.\w+)?$/.test(path);
}
