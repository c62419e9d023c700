import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** 优惠政策 (R3): for VIP and key customers only, after a comprehensive assessment and the GM office meeting's approval. */
export const policyKinds = ['resource-guarantee', 'price-discount', 'other'] as const;
export const policyStatuses = ['pending', 'approved', 'rejected'] as const;
export type PolicyStatus = (typeof policyStatuses)[number];

/** POST /customers/{id}/preferential-policies: Sales drafts a request with its assessment (综合考评). */
export const policyRequestSchema = lazySchema(() => z
  .strictObject({
    kind: z.enum(policyKinds),
    /** Price discount in percent off list price, e.g. 5 for 5% (九五折). Required for price discounts. */
    discountPercent: z.number().gt(0).lt(100).multipleOf(0.01).optional(),
    description: z.string().trim().min(2).max(2000),
    assessment: z.string().trim().min(10).max(5000),
  })
  .refine((p) => p.kind !== 'price-discount' || p.discountPercent !== undefined, { error: 'policy.discountRequired', path: ['discountPercent'] }));
export type PolicyRequest = z.infer<typeof policyRequestSchema>;

/** POST …/decision: leadership records the GM office meeting's decision (总经理办公会). */
export const policyDecisionSchema = lazySchema(() => z
  .strictObject({
    decision: z.enum(['approved', 'rejected']),
    meetingDate: z.iso.date(),
    validFrom: z.iso.date().optional(),
    validTo: z.iso.date().optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .refine((d) => d.decision === 'rejected' || (d.validFrom && d.validTo), { error: 'policy.validityRequired', path: ['validTo'] })
  .refine((d) => !d.validFrom || !d.validTo || d.validFrom <= d.validTo, { error: 'policy.validityOrder', path: ['validTo'] }));
export type PolicyDecision = z.infer<typeof policyDecisionSchema>;

export const preferentialPolicySchema = lazySchema(() => z.object({
  id: z.string(),
  customerId: z.string(),
  customerName: z.string(),
  unitId: z.string(),
  kind: z.enum(policyKinds),
  discountPercent: z.number().optional(),
  description: z.string(),
  assessment: z.string(),
  status: z.enum(policyStatuses),
  requestedBy: z.string(),
  requestedAt: z.iso.datetime(),
  decision: z
    .object({ meetingDate: z.iso.date(), recordedBy: z.string(), recordedAt: z.iso.datetime(), note: z.string().optional() })
    .optional(),
  validFrom: z.iso.date().optional(),
  validTo: z.iso.date().optional(),
  /** Set when the customer fell below key while the policy was approved (R3): someone must review it. */
  reviewFlaggedAt: z.iso.datetime().optional(),
  version: z.number().int().positive(),
}));
export type PreferentialPolicy = z.infer<typeof preferentialPolicySchema>;

export const policyListQuerySchema = lazySchema(() => z.strictObject({
  status: z.enum(policyStatuses).default('pending'),
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));

/** Approved and within its validity on `today` ('YYYY-MM-DD', Asia/Shanghai). */
export function policyActive(p: Pick<PreferentialPolicy, 'status' | 'validFrom' | 'validTo'>, today: string): boolean {
  return p.status === 'approved' && !!p.validFrom && !!p.validTo && p.validFrom <= today && today <= p.validTo;
}
