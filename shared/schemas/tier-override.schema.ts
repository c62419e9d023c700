import * as z from 'zod';
import { tiers } from '../customer-options';
import { lazySchema } from '../lazy-schema';

/** PUT /customers/{id}/tier-override: Sales sets a tier by hand, with a reason and the last day it holds. */
export const tierOverrideInputSchema = lazySchema(() => z.strictObject({
  tier: z.enum(tiers),
  reason: z.string().trim().min(2).max(500),
  expiresOn: z.iso.date(),
}));
export type TierOverrideInput = z.infer<typeof tierOverrideInputSchema>;
