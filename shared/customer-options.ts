/**
 * The customer's plain lists, without zod: the SPA's customer list and its filters read these, and
 * importing them from schemas/customer.schema.ts would load zod before the list is drawn (issue 15).
 */
export const customerKinds = ['main-business', 'service', 'potential'] as const;
export type CustomerKind = (typeof customerKinds)[number];

export const tiers = ['vip', 'key', 'general', 'reserve'] as const;
export type Tier = (typeof tiers)[number];

/** Orders of the customer list (docs/data-model.md names the index behind each). */
export const customerSortFields = ['name', 'tier', 'annualAmount', 'updatedAt'] as const;
export type CustomerSortField = (typeof customerSortFields)[number];
