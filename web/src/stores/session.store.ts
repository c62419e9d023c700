import type { AppRouteKey } from '#shared/routes';
import { isUnitRole } from '#shared/roles';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { MyMfa } from '#shared/schemas/staff-mfa.schema';
import { syncMyMfa } from '../api/account.api';
import type { SignInOutcome } from '../auth/cognito-auth';
import { loadAuth, mayHaveStoredSession } from '../auth/load-auth';
import { userFromClaims, type SessionUser } from '../auth/session-user';
import { canCall } from '../router/permissions';
import { useArchivePurposeStore } from './archive-purpose.store';
import { useStaffStore } from './staff.store';
import { useUnitsStore } from './units.store';

// Amplify loads on first use, not with the app's first script (web/src/auth/load-auth.ts, issue 15):
// these stand in for cognito-auth's functions, and without a stored session none of them loads it.
const currentIdToken = async () => (mayHaveStoredSession() ? (await loadAuth()).currentIdToken() : null);
const currentAccessToken = async () => (mayHaveStoredSession() ? (await loadAuth()).currentAccessToken() : null);
const signInWithPassword = async (username: string, password: string) => (await loadAuth()).signInWithPassword(username, password);
const answerSignInStep = async (response: string) => (await loadAuth()).answerSignInStep(response);
const signOutLocally = async () => {
  if (mayHaveStoredSession()) await (await loadAuth()).signOutLocally();
};

export class NoRoleError extends Error {
  override readonly name = 'NoRoleError';
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);

  const isUnitUser = computed(() => (user.value ? isUnitRole(user.value.role) : false));
  /** The second factor as the API last recorded it; asked for admins at sign-in, for others on their profile. */
  const mfa = ref<MyMfa | null>(null);
  /** An admin without TOTP is led to set it up before anything else (shared/admin-mfa.ts). */
  const needsTotpSetup = computed(() => user.value?.role === 'admin' && mfa.value?.totp === false);

  /** Has the API record the factor as Cognito has it, and keeps the answer. */
  async function refreshMfa(): Promise<MyMfa | null> {
    const token = await currentAccessToken();
    mfa.value = token ? await syncMyMfa(token) : null;
    return mfa.value;
  }

  /** Whether the signed-in role may call an API route (shared route table). */
  function can(route: AppRouteKey): boolean {
    return canCall(user.value?.role, route);
  }

  /** A token without a `name` claim: take the display name from the staff directory. */
  async function completeName(): Promise<void> {
    const u = user.value;
    if (!u || u.named) return;
    const staff = await useStaffStore().loadVisibleTo(u).catch(() => []);
    const found = staff.find((s) => s.id === u.username);
    if (found && user.value === u) user.value = { ...u, name: found.name, named: true };
  }

  /** Picks up a session Amplify kept in storage (page reload); an expired one counts as none. */
  async function restore(): Promise<void> {
    const token = await currentIdToken();
    user.value = token ? userFromClaims(token.claims) : null;
    if (!user.value && token) await signOutLocally();
    void completeName();
    if (user.value?.role === 'admin') await refreshMfa().catch(() => null);
  }

  /** Signs in with username and password; a step Cognito asks for next is answered with `answer`. */
  async function signIn(username: string, password: string): Promise<SignInOutcome> {
    return completeSignIn(await signInWithPassword(username, password));
  }

  /** The new password (first sign-in) or the authenticator app's code. */
  async function answer(response: string): Promise<SignInOutcome> {
    return completeSignIn(await answerSignInStep(response));
  }

  async function completeSignIn(outcome: SignInOutcome): Promise<SignInOutcome> {
    if (!outcome.done) return outcome;
    const token = await currentIdToken();
    const signedIn = token ? userFromClaims(token.claims) : null;
    if (!signedIn) {
      await signOutLocally();
      throw new NoRoleError();
    }
    user.value = signedIn;
    mfa.value = null;
    void completeName();
    if (signedIn.role === 'admin') await refreshMfa();
    return outcome;
  }

  /** Forgets the user and everything loaded for them. */
  async function signOut(): Promise<void> {
    user.value = null;
    mfa.value = null;
    useStaffStore().clear();
    useUnitsStore().clear();
    useArchivePurposeStore().clear();
    await signOutLocally();
  }

  /** The ID token for an API call; null once the session has expired (the API client then sends the user to sign in). */
  async function idToken(): Promise<string | null> {
    const token = await currentIdToken();
    return token?.jwt ?? null;
  }

  return { user, isUnitUser, mfa, needsTotpSetup, can, restore, signIn, answer, refreshMfa, signOut, idToken };
});
