import type { MyMfa, SyncMfaBody } from '#shared/schemas/staff-mfa.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { AccountDeps } from '../deps';

/**
 * Records the caller's second factor as Cognito has it (admins must have TOTP, shared/admin-mfa.ts):
 * 1. Cognito is asked with the caller's access token, so what is recorded is Cognito's answer, never
 *    the caller's claim;
 * 2. a token of anyone but the signed-in caller is refused (403);
 * 3. the reading is kept beside the caller's directory entry, where the admin check reads it;
 * 4. the answer says whether TOTP is on and whether the caller's role requires it.
 */
export async function syncMyMfa(deps: AccountDeps, body: SyncMfaBody, principal: Principal): Promise<MyMfa> {
  const own = await deps.readOwnMfa(body.accessToken);
  if (own.username.toLowerCase() !== principal.id.toLowerCase()) throw new DomainError('forbidden', 'mfa_token_mismatch');
  await deps.mfa.record({ username: principal.id, totp: own.totp, checkedAt: deps.now().toISOString() });
  return { totp: own.totp, required: principal.role === 'admin' };
}
