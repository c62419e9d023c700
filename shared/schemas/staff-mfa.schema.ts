import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/**
 * A person's second factor as the staff directory last read it from Cognito (POST /me/mfa). The admin
 * TOTP check (shared/admin-mfa.ts) reads this record, not Cognito: Cognito does not put MFA state in
 * tokens, and a directory read is what every function may already do.
 */
export const staffMfaSchema = lazySchema(() => z.object({
  username: z.string(),
  totp: z.boolean(),
  /** When Cognito was last asked (ISO instant); an older reading never overwrites a newer one. */
  checkedAt: z.string(),
}));
export type StaffMfa = z.infer<typeof staffMfaSchema>;

/**
 * The caller's Cognito access token: the API asks Cognito (GetUser) with it, so the answer is
 * Cognito's, not the caller's word. The ID token that authorizes the call cannot be used for this.
 */
export const syncMfaBodySchema = lazySchema(() => z.strictObject({
  accessToken: z.string().min(20).max(8192),
}));
export type SyncMfaBody = z.infer<typeof syncMfaBodySchema>;

/** What POST /me/mfa answers: whether TOTP is on, and whether the caller's role must have it. */
export const myMfaSchema = lazySchema(() => z.object({ totp: z.boolean(), required: z.boolean() }));
export type MyMfa = z.infer<typeof myMfaSchema>;
