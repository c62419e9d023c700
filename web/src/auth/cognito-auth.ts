import { Amplify } from 'aws-amplify';
import { fetchAuthSession, signIn, signOut } from 'aws-amplify/auth';
import type { RuntimeConfig } from '../api/runtime-config';

let authFlowType: RuntimeConfig['authFlowType'] = 'USER_SRP_AUTH';

export function configureAuth(config: RuntimeConfig): void {
  authFlowType = config.authFlowType;
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        ...(config.userPoolEndpoint ? { userPoolEndpoint: config.userPoolEndpoint } : {}),
      },
    },
  });
}

export type SignInOutcome = { done: true } | { done: false; step: string };

export async function signInWithPassword(username: string, password: string): Promise<SignInOutcome> {
  // A stale Amplify session in storage makes signIn refuse with UserAlreadyAuthenticatedException.
  await signOutLocally();
  const result = await signIn({ username, password, options: { authFlowType } });
  return result.isSignedIn ? { done: true } : { done: false, step: result.nextStep.signInStep };
}

export interface IdToken {
  jwt: string;
  claims: Record<string, unknown>;
}

/** Seconds of slack so a token does not expire between this check and the API's. */
const expirySlackSeconds = 30;

/**
 * The current ID token, or null when there is none or it has expired. cognito-local has no
 * refresh-token grant, so an expired session means signing in again rather than refreshing.
 */
export async function currentIdToken(): Promise<IdToken | null> {
  try {
    const session = await fetchAuthSession();
    const idToken = session.tokens?.idToken;
    if (!idToken) return null;
    const exp = Number(idToken.payload.exp ?? 0);
    if (exp * 1000 <= Date.now() + expirySlackSeconds * 1000) return null;
    return { jwt: idToken.toString(), claims: idToken.payload as Record<string, unknown> };
  } catch {
    return null;
  }
}

export async function signOutLocally(): Promise<void> {
  try {
    await signOut();
  } catch {
    // Nothing to sign out of, or the pool cannot revoke: local tokens are cleared either way.
  }
}
