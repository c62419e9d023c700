import type { RuntimeConfig } from '../api/runtime-config';

type AuthModule = typeof import('./cognito-auth');

let pool: RuntimeConfig | undefined;
let loading: Promise<AuthModule> | undefined;

/**
 * Remembers the user pool. Amplify itself (its auth is a third of the app's first script) is not part
 * of that script: it loads with the sign-in page, or when a stored session is restored (docs/performance.md).
 */
export function configureAuthLater(config: RuntimeConfig): void {
  pool = config;
}

/** The auth module, configured for the pool; loaded once, on first use. */
export function loadAuth(): Promise<AuthModule> {
  loading ??= import('./cognito-auth').then((auth) => {
    if (!pool) throw new Error('configureAuthLater must run before the auth module loads');
    auth.configureAuth(pool);
    return auth;
  });
  // A failed fetch (offline) is tried again on the next use rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

/**
 * Whether Amplify kept anything of a session for this pool's app client in storage (its keys are
 * `CognitoIdentityServiceProvider.<client id>.…`). Without one there is nothing to restore, and the
 * first page drawn (the sign-in page) need not wait for Amplify.
 */
export function mayHaveStoredSession(): boolean {
  if (!pool) return false;
  const prefix = `CognitoIdentityServiceProvider.${pool.userPoolClientId}.`;
  try {
    for (let i = 0; i < localStorage.length; i++) if (localStorage.key(i)?.startsWith(prefix)) return true;
    return false;
  } catch {
    return true;
  }
}
