import * as z from 'zod';
import { customerNameLimits } from '../customer-name-rule';
import { isValidCreditCode, normalizeCreditCode } from '../credit-code';
import { customerKinds, customerSortFields, tiers } from '../customer-options';
import { isValidChinaPhone } from '../phone';
import { creditGradeSchema } from './credit-grade.schema';
import { unitCodeSchema } from './unit-code.schema';
import { customerLegalFields, customerLegalStored } from './customer-legal.schema';
import { lazySchema } from '../lazy-schema';

// Plain lists live apart from the schemas so the SPA's list page reads them without loading zod.
export { customerKinds, customerSortFields, tiers, type CustomerKind, type CustomerSortField, type Tier } from '../customer-options';

/** A credit grade (信用状况); which grades exist is an administrator's setting (shared/credit-grades.ts). */
export type CreditRating = string;

/** Fields the system maintains; a request that sends one is refused with the field named. */
export const customerReadOnlyFields = [
  'id',
  'tier',
  'annualAmountFen',
  'version',
  'createdAt',
  'updatedAt',
  'createdBy',
  'updatedBy',
  'computedTier',
  'tierRule',
  'tierOverride',
  // Verification and the recycle bin have their own routes (POST …/verify, DELETE, …/restore).
  'lastVerifiedAt',
  'lastVerifiedBy',
  'deletedAt',
  'deletedBy',
] as const;

// Custom messages are keys of shared/messages.ts, translated when the error is shown.
const name = lazySchema(() => z.string().trim().min(customerNameLimits.min).max(customerNameLimits.max));
const creditCode = lazySchema(() => z
  .string()
  .transform(normalizeCreditCode)
  .refine(isValidCreditCode, { error: 'creditCode.invalid' }));
const phone = lazySchema(() => z
  .string()
  .trim()
  .refine(isValidChinaPhone, { error: 'phone.invalid' }));

export const contactSchema = lazySchema(() => z.strictObject({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).optional(),
  phone: phone.optional(),
  email: z.email({ error: 'email.invalid' }).optional(),
  primary: z.boolean().optional(),
}));
export type Contact = z.infer<typeof contactSchema>;

const contacts = lazySchema(() => z
  .array(contactSchema)
  .max(20)
  .refine((list) => list.filter((c) => c.primary).length <= 1, { error: 'contacts.onePrimary' }));

const editable = () => ({
  name,
  creditCode,
  kind: z.enum(customerKinds),
  creditRating: creditGradeSchema,
  unitId: unitCodeSchema,
  ownerId: z.string().trim().min(1).max(64),
  contacts,
  notes: z.string().max(2000),
});

/** POST /customers. Unit and owner may be left out: a unit user's customer defaults to their unit and to them. */
export const customerCreateSchema = lazySchema(() => z.strictObject({
  ...editable(),
  unitId: editable().unitId.optional(),
  ownerId: editable().ownerId.optional(),
  contacts: editable().contacts.default([]),
  notes: editable().notes.default(''),
  // Legal representative, address, region, licence and tax details (R2): optional, completed over time.
  ...customerLegalFields(),
}));
export type CustomerCreateInput = z.infer<typeof customerCreateSchema>;

/** PATCH /customers/{id}: any editable field; at least one. */
export const customerPatchSchema = lazySchema(() => z
  .strictObject({
    name: editable().name.optional(),
    creditCode: editable().creditCode.optional(),
    kind: editable().kind.optional(),
    creditRating: editable().creditRating.optional(),
    unitId: editable().unitId.optional(),
    ownerId: editable().ownerId.optional(),
    contacts: editable().contacts.optional(),
    notes: editable().notes.optional(),
    // Blank text clears a field; a licence or tax object replaces the one stored (all blank: none kept).
    ...customerLegalFields(),
  })
  .refine((p) => Object.keys(p).length > 0, {
    error: 'patch.empty',
    // Only when nothing else is wrong: a body of read-only fields is told about those fields.
    when: (payload) => payload.issues.length === 0,
  }));
export type CustomerPatchInput = z.infer<typeof customerPatchSchema>;

/** A tier set by Sales by hand (R3): visible, with a reason, lapsing by itself after `expiresOn`. */
export const tierOverrideSchema = lazySchema(() => z.object({
  tier: z.enum(tiers),
  reason: z.string(),
  expiresOn: z.iso.date(),
  setBy: z.string(),
  setAt: z.iso.datetime(),
}));

/** A customer as stored and as returned by the API. */
export const customerSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  kind: z.enum(customerKinds),
  tier: z.enum(tiers),
  annualAmountFen: z.number().int().nonnegative(),
  creditRating: z.string(),
  unitId: unitCodeSchema,
  ownerId: z.string(),
  contacts: z.array(contactSchema),
  notes: z.string(),
  ...customerLegalStored(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().int().positive(),
  /** The tier the rules give (R3); `tier` differs from it only while an override holds. */
  computedTier: z.enum(tiers).optional(),
  tierRule: z.enum(['vip', 'key-by-credit', 'key', 'general', 'reserve']).optional(),
  tierOverride: tierOverrideSchema.optional(),
  /** Last confirmation that the archive is current (R2); absent until someone marks it verified. */
  lastVerifiedAt: z.iso.datetime().optional(),
  lastVerifiedBy: z.string().optional(),
  /** Set while the customer is in the recycle bin; it is then out of lists and reads, and restorable. */
  deletedAt: z.iso.datetime().optional(),
  deletedBy: z.string().optional(),
}));
export type Customer = z.infer<typeof customerSchema>;


/**
 * GET /customers. `q` is one search box: an exact credit code, a contact phone (mobile or landline, any
 * usual spelling) or any part of the name. `sort` defaults to name; `order` defaults to ascending for
 * name and tier (tier order is VIP first) and descending for the annual amount and the last update.
 * `stale` is the archive-freshness rule (shared/archive-freshness.ts). Unknown parameters are refused.
 */
export const customerListQuerySchema = lazySchema(() => z.strictObject({
  q: z.string().trim().max(100).optional(),
  tier: z.enum(tiers).optional(),
  kind: z.enum(customerKinds).optional(),
  unitId: unitCodeSchema.optional(),
  ownerId: z.string().trim().min(1).max(64).optional(),
  creditRating: creditGradeSchema.optional(),
  stale: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  sort: z.enum(customerSortFields).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;
