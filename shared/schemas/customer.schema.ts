import { z } from 'zod';
import { isValidCreditCode, normalizeCreditCode } from '../credit-code';
import { isValidChinaPhone } from '../phone';
import { unitIds } from '../units';

export const customerKinds = ['main-business', 'service', 'potential'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const tiers = ['vip', 'key', 'general', 'reserve'] as const;
export type Tier = (typeof tiers)[number];

/** Credit grades (信用状况). Which grades count as good for VIP becomes an admin setting with the tier rules. */
export const creditRatings = ['AAA', 'AA', 'A', 'B', 'C'] as const;
export type CreditRating = (typeof creditRatings)[number];

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
] as const;

// Custom messages are keys of shared/messages.ts, translated when the error is shown.
const name = z.string().trim().min(2).max(100);
const creditCode = z
  .string()
  .transform(normalizeCreditCode)
  .refine(isValidCreditCode, { error: 'creditCode.invalid' });
const phone = z
  .string()
  .trim()
  .refine(isValidChinaPhone, { error: 'phone.invalid' });

export const contactSchema = z.strictObject({
  name: z.string().trim().min(1).max(50),
  title: z.string().trim().max(50).optional(),
  phone: phone.optional(),
  email: z.email({ error: 'email.invalid' }).optional(),
  primary: z.boolean().optional(),
});
export type Contact = z.infer<typeof contactSchema>;

const contacts = z
  .array(contactSchema)
  .max(20)
  .refine((list) => list.filter((c) => c.primary).length <= 1, { error: 'contacts.onePrimary' });

const editable = {
  name,
  creditCode,
  kind: z.enum(customerKinds),
  creditRating: z.enum(creditRatings),
  unitId: z.enum(unitIds),
  ownerId: z.string().trim().min(1).max(64),
  contacts,
  notes: z.string().max(2000),
};

/** POST /customers. Unit and owner may be left out: a unit user's customer defaults to their unit and to them. */
export const customerCreateSchema = z.strictObject({
  ...editable,
  unitId: editable.unitId.optional(),
  ownerId: editable.ownerId.optional(),
  contacts: editable.contacts.default([]),
  notes: editable.notes.default(''),
});
export type CustomerCreateInput = z.infer<typeof customerCreateSchema>;

/** PATCH /customers/{id}: any editable field; at least one. */
export const customerPatchSchema = z
  .strictObject({
    name: editable.name.optional(),
    creditCode: editable.creditCode.optional(),
    kind: editable.kind.optional(),
    creditRating: editable.creditRating.optional(),
    unitId: editable.unitId.optional(),
    ownerId: editable.ownerId.optional(),
    contacts: editable.contacts.optional(),
    notes: editable.notes.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, {
    error: 'patch.empty',
    // Only when nothing else is wrong: a body of read-only fields is told about those fields.
    when: (payload) => payload.issues.length === 0,
  });
export type CustomerPatchInput = z.infer<typeof customerPatchSchema>;

/** A customer as stored and as returned by the API. */
export const customerSchema = z.object({
  id: z.string(),
  name: z.string(),
  creditCode: z.string(),
  kind: z.enum(customerKinds),
  tier: z.enum(tiers),
  annualAmountFen: z.number().int().nonnegative(),
  creditRating: z.enum(creditRatings),
  unitId: z.enum(unitIds),
  ownerId: z.string(),
  contacts: z.array(contactSchema),
  notes: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedBy: z.string(),
  version: z.number().int().positive(),
});
export type Customer = z.infer<typeof customerSchema>;

export const customerListQuerySchema = z.strictObject({
  q: z.string().trim().max(100).optional(),
  tier: z.enum(tiers).optional(),
  unitId: z.enum(unitIds).optional(),
  ownerId: z.string().trim().min(1).max(64).optional(),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type CustomerListQuery = z.infer<typeof customerListQuerySchema>;

export interface CustomerPage {
  items: Customer[];
  nextCursor: string | null;
}
