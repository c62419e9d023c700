import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/**
 * The legal qualification an archive holds beside the name and credit code (R2 第十五条: business licence,
 * tax registration, legal representative, address, region). Since the three certificates were merged
 * (三证合一) the licence and tax registration carry the credit code as their number, so what is kept here
 * are their other details. All optional: archives are completed over time (连续完善).
 *
 * Legal representative, registered address and region are part of the basic record; the licence and
 * tax-registration details form the confidential `licence` section (shared/archive-sections.ts), withheld
 * like contacts and credit until a reader states a purpose for a VIP or key customer.
 */
export const taxpayerTypes = ['general', 'small-scale'] as const;
export type TaxpayerType = (typeof taxpayerTypes)[number];

/** An object without the keys whose value is undefined (blank inputs), so stored items stay tidy. */
const compact = <T extends Record<string, unknown>>(o: T): T =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

/** Text a person typed: trimmed; blank means "not recorded" and is left out. */
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

const day = lazySchema(() => z
  .union([z.iso.date({ error: 'date.invalid' }), z.literal('')])
  .transform((v) => (v === '' ? undefined : v))
  .optional());

/** 营业执照: what the licence says besides the code and name. `validUntil` absent means 长期 (no end). */
export const businessLicenceSchema = lazySchema(() => z
  .strictObject({
    registeredCapital: text(50),
    establishedOn: day,
    validUntil: day,
    registrationAuthority: text(100),
    businessScope: text(1000),
  })
  .refine((l) => !l.establishedOn || !l.validUntil || l.establishedOn <= l.validUntil, { error: 'licence.validBeforeEstablished', path: ['validUntil'] })
  .transform(compact));
export type BusinessLicence = z.infer<typeof businessLicenceSchema>;

/** 税务登记 and what invoicing needs (开票信息): taxpayer type, bank and account, invoice address and phone. */
export const taxRegistrationSchema = lazySchema(() => z.strictObject({
  taxpayerType: z
    .union([z.enum(taxpayerTypes), z.literal('')])
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  bankName: text(100),
  bankAccount: z
    .string()
    .trim()
    .transform((v) => v.replace(/\s+/g, ''))
    .refine((v) => v === '' || /^\d{6,32}$/.test(v), { error: 'bankAccount.invalid' })
    .transform((v) => (v === '' ? undefined : v))
    .optional(),
  invoiceAddressPhone: text(200),
}).transform(compact));
export type TaxRegistration = z.infer<typeof taxRegistrationSchema>;

/** The fields as editable on create and edit; each is optional, and blank text clears it. */
export const customerLegalFields = () => ({
  legalRepresentative: z.string().trim().max(50).optional(),
  registeredAddress: z.string().trim().max(200).optional(),
  region: z.string().trim().max(50).optional(),
  businessLicence: businessLicenceSchema.optional(),
  taxRegistration: taxRegistrationSchema.optional(),
});

/** As stored (already cleaned by the fields above). */
export const customerLegalStored = () => ({
  legalRepresentative: z.string().optional(),
  registeredAddress: z.string().optional(),
  region: z.string().optional(),
  businessLicence: z
    .object({
      registeredCapital: z.string().optional(),
      establishedOn: z.string().optional(),
      validUntil: z.string().optional(),
      registrationAuthority: z.string().optional(),
      businessScope: z.string().optional(),
    })
    .optional(),
  taxRegistration: z
    .object({
      taxpayerType: z.enum(taxpayerTypes).optional(),
      bankName: z.string().optional(),
      bankAccount: z.string().optional(),
      invoiceAddressPhone: z.string().optional(),
    })
    .optional(),
});
