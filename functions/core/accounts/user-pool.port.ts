import type { Role } from '#shared/roles';

/** An account as the Cognito user pool holds it. */
export interface PoolAccount {
  username: string;
  enabled: boolean;
  /** Cognito's UserStatus: CONFIRMED, FORCE_CHANGE_PASSWORD, RESET_REQUIRED, … */
  status: string;
  name?: string;
  email?: string;
  unitId?: string;
  groups: string[];
}

export interface NewPoolAccount {
  username: string;
  name: string;
  email: string;
  unitId?: string;
  role: Role;
  temporaryPassword: string;
  /** In the cloud Cognito emails the temporary password; the local twin's demo users are made silently. */
  invite: boolean;
}

/**
 * The one door to the user pool (issue 11): what staff administration asks of Cognito, and nothing else.
 * functions/core/accounts/cognito-user-pool.ts implements it with the AWS SDK (Cognito in the cloud,
 * cognito-local in the twin); tests wrap it to inject failures between the pool and the directory.
 */
export interface UserPoolPort {
  find(username: string): Promise<PoolAccount | undefined>;
  /** Every account of the pool, with its groups (a company's staff: a few pages). */
  list(): Promise<PoolAccount[]>;
  /** Creates the account with a temporary password (first sign-in asks for a new one) in the role's group. */
  create(account: NewPoolAccount): Promise<void>;
  /** Only to undo a creation that could not be completed; an account that is not there is fine. */
  remove(username: string): Promise<void>;
  /** `unitId: null` removes the attribute. */
  updateAttributes(username: string, changes: { name?: string; email?: string; unitId?: string | null }): Promise<void>;
  /** Puts the account in the role's group and takes it out of every other role's group. */
  setRole(username: string, role: Role): Promise<void>;
  disable(username: string): Promise<void>;
  enable(username: string): Promise<void>;
  /** A temporary password: the next sign-in asks for a new one. */
  setTemporaryPassword(username: string, password: string): Promise<void>;
  /** A password the user keeps (the twin's demo users only). */
  setPermanentPassword(username: string, password: string): Promise<void>;
  /**
   * Revokes the account's refresh tokens, so no new ID token is issued from them. ID tokens already issued
   * stay valid until they expire; the API refuses them by the directory status (functions/core/http/staff-status.ts).
   * Returns false where the pool cannot do it (cognito-local 5.3 has no AdminUserGlobalSignOut).
   */
  signOutEverywhere(username: string): Promise<boolean>;
}
