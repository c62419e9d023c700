import { readOwnMfa, type OwnMfa } from '#core/cognito-user';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { StaffMfaRepository } from '#core/repositories/staff-mfa.repository';

export interface AccountDeps {
  mfa: StaffMfaRepository;
  /** Cognito's answer for the holder of an access token. */
  readOwnMfa: (accessToken: string) => Promise<OwnMfa>;
  now: () => Date;
}

export function accountDeps(client = documentClient, tableName = env.tableName): AccountDeps {
  return { mfa: new StaffMfaRepository(client, tableName), readOwnMfa, now: () => new Date() };
}
