import { documentClient } from './dynamo';
import { env } from './env';
import { DomainError } from './errors';
import { StaffMfaRepository } from './repositories/staff-mfa.repository';

let repository: StaffMfaRepository | undefined;

/**
 * Refuses (403 `mfa_required`) an admin whose directory does not record TOTP as on. Read on every
 * such call, uncached: these calls are few, and a factor just turned on counts at once.
 */
export async function requireTotp(username: string): Promise<void> {
  repository ??= new StaffMfaRepository(documentClient, env.tableName);
  const state = await repository.get(username);
  if (!state?.totp) throw new DomainError('forbidden', 'mfa_required');
}
