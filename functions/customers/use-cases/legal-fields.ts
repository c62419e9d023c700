import type { Customer } from '#shared/schemas/customer.schema';

const legalText = ['legalRepresentative', 'registeredAddress', 'region'] as const;
const legalObjects = ['businessLicence', 'taxRegistration'] as const;

/**
 * The record without legal-qualification fields left blank (R2): a blank text or an all-blank licence or
 * tax object is how a form clears one, and a cleared field is not kept (history shows it going away).
 */
export function withoutBlankLegalFields<T extends Partial<Customer>>(c: T): T {
  const out: Record<string, unknown> = { ...c };
  for (const f of legalText) if (out[f] === '' || out[f] === undefined) delete out[f];
  for (const f of legalObjects) {
    const v = out[f] as Record<string, unknown> | undefined;
    if (!v || Object.values(v).every((x) => x === undefined)) delete out[f];
  }
  return out as T;
}
