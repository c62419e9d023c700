import * as z from 'zod';
import { tiers } from '../customer-options';
import { lazySchema } from '../lazy-schema';

/** One change of a customer's tier and why (R3): old → new, amount, credit, rule, what caused it. */
export const tierHistoryEntrySchema = lazySchema(() => z.object({
  customerId: z.string(),
  at: z.iso.datetime(),
  /** `import`: historic orders loaded from a file (the import's id is the `runId`). */
  source: z.enum(['nightly', 'order', 'override', 'override-removed', 'match', 'import']),
  runId: z.string().optional(),
  fromTier: z.enum(tiers),
  toTier: z.enum(tiers),
  computedTier: z.enum(tiers),
  rule: z.enum(['vip', 'key-by-credit', 'key', 'general', 'reserve']),
  annualAmountFen: z.number().int(),
  creditRating: z.string(),
  overrideLapsed: z.boolean().optional(),
  reason: z.string().optional(),
  by: z.string(),
}));
export type TierHistoryEntry = z.infer<typeof tierHistoryEntrySchema>;
