import { ulid } from 'ulid';
import { userPoolFromEnv } from '#core/accounts/cognito-user-pool';
import type { UserPoolPort } from '#core/accounts/user-pool.port';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { StaffHoldingsRepository } from '#core/repositories/staff-holdings.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { UserHistoryRepository } from '#core/repositories/user-history.repository';
import { temporaryPassword } from './use-cases/temporary-password';

/** What the staff administration use cases need (issue 11), created once per container. Tests build their own. */
export interface UserDeps {
  staff: StaffRepository;
  history: UserHistoryRepository;
  holdings: StaffHoldingsRepository;
  /** The business units, for the one check of a user's unit (unit-check.ts). */
  units: UnitRepository;
  /** The Cognito user pool, behind its port; the pool is only reached when a use case asks. */
  pool: () => UserPoolPort;
  now: () => Date;
  newId: () => string;
  newPassword: () => string;
}

export function userDeps(client = documentClient, tableName = env.tableName, pool?: UserPoolPort): UserDeps {
  let cached = pool;
  return {
    staff: new StaffRepository(client, tableName),
    history: new UserHistoryRepository(client, tableName),
    holdings: new StaffHoldingsRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    pool: () => (cached ??= userPoolFromEnv()),
    now: () => new Date(),
    newId: () => ulid(),
    newPassword: temporaryPassword,
  };
}
