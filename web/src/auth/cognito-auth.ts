import { Amplify } from 'aws-amplify';
import {
  confirmResetPassword,
  confirmSignIn,
  fetchAuthSession,
  resetPassword,
  setUpTOTP,
  signIn,
  signOut,
  updateMFAPreference,
  updatePassword,
  verifyTOTPSetup,
  type SignInOutput,
} from 'aws-amplify/auth';
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

/**
 * Where a sign-in stands: done, or waiting for a new password (first sign-in with a temporary one,
 * Cognito's NEW_PASSWORD_REQUIRED) or for a code from the authenticator app (TOTP). Any other step
 * (SMS, e-mail codes: the pool offers none) is named as unsupported.
 */
export type SignInOutcome =
  | { done: true }
  | { done: false; step: 'new-password' }
  | { done: false; step: 'totp' }
  | { done: false; step: 'unsupported'; name: string };

function outcomeOf(result: SignInOutput): SignInOutcome {
  if (result.isSignedIn) return { done: true };
  const step = result.nextStep.signInStep;
  if (step === 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED') return { done: false, step: 'new-password' };
  if (step === 'CONFIRM_SIGN_IN_WITH_TOTP_CODE') return { done: false, step: 'totp' };
  return { done: false, step: 'unsupported', name: step };
}

export async function signInWithPassword(username: string, password: string): Promise<SignInOutcome> {
  // A stale Amplify session in storage makes signIn refuse with UserAlreadyAuthenticatedException.
  await signOutLocally();
  return outcomeOf(await signIn({ username, password, options: { authFlowType } }));
}

/** Answers the step signInWithPassword stopped at: the new password, or the authenticator app's code. */
export async function answerSignInStep(answer: string): Promise<SignInOutcome> {
  return outcomeOf(await confirmSignIn({ challengeResponse: answer }));
}

export async function changePassword(oldPassword: string, newPassword: string): Promise<void> {
  await updatePassword({ oldPassword, newPassword });
}

/** Sends a reset code to the account's e-mail (locally: cognito-local's log); returns where it went. */
export async function requestPasswordReset(username: string): Promise<string> {
  const result = await resetPassword({ username });
  const step = result.nextStep;
  return step.resetPasswordStep === 'CONFIRM_RESET_PASSWORD_WITH_CODE' ? (step.codeDeliveryDetails.destination ?? '') : '';
}

export async function confirmPasswordReset(username: string, code: string, newPassword: string): Promise<void> {
  await confirmResetPassword({ username, confirmationCode: code, newPassword });
}

/** A new TOTP secret for the signed-in user, and the otpauth:// URI an authenticator app scans. */
export async function startTotpSetup(appName: string, accountName: string): Promise<{ secret: string; uri: string }> {
  const details = await setUpTOTP();
  return { secret: details.sharedSecret, uri: details.getSetupUri(appName, accountName).toString() };
}

/** Checks a code against the new secret, then makes TOTP the factor Cognito asks for at sign-in. */
export async function finishTotpSetup(code: string): Promise<void> {
  await verifyTOTPSetup({ code });
  await updateMFAPreference({ totp: 'PREFERRED' });
}

export async function turnOffTotp(): Promise<void> {
  await updateMFAPreference({ totp: 'DISABLED' });
}

/** The signed-in user's access token: POST /me/mfa asks Cognito with it (the ID token cannot). */
export async function currentAccessToken(): Promise<string | null> {
  try {
    return (await fetchAuthSession()).tokens?.accessToken?.toString() ?? null;
  } catch {
    return null;
  }
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
