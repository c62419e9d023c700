import type { AppRouteKey } from '#shared/routes';
import { isUnitRole } from '#shared/roles';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SignInOutcome } from '../auth/cognito-auth';
import { loadAuth, mayHaveStoredSession } from '../auth/load-auth';
import { userFromClaims, type SessionUser } from '../auth/session-user';
import { canCall } from '../router/permissions';
import { useArchivePurposeStore } from './archive-purpose.store';
import { useStaffStore } from './staff.store';

export class NoRoleError extends Error {
  override readonly name = 'NoRoleError';
}

export const useSessionStore = defineStore('session', () => {
  const user = ref<SessionUser | null>(null);

  const isUnitUser = computed(() => (user.value ? isUnitRole(user.value.role) : false));

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
    if (!mayHaveStoredSession()) {
      user.value = null;
      return;
    }
    const { currentIdToken, signOutLocally } = await loadAuth();
    const token = await currentIdToken();
    user.value = token ? userFromClaims(token.claims) : null;
    if (!user.value && token) await signOutLocally();
    void completeName();
  }

  async function signIn(username: string, password: string): Promise<SignInOutcome> {
    const { currentIdToken, signInWithPassword, signOutLocally } = await loadAuth();
    const outcome = await signInWithPassword(username, password);
    if (!outcome.done) return outcome;
    const token = await currentIdToken();
    const signedIn = token ? userFromClaims(token.claims) : null;
    if (!signedIn) {
      await signOutLocally();
      throw new NoRoleError();
    }
    user.value = signedIn;
    void completeName();
    return outcome;
  }

  /** Forgets the user and everything loaded for them. */
  async function signOut(): Promise<void> {
    user.value = null;
    useStaffStore().clear();
    useArchivePurposeStore().clear();
    if (mayHaveStoredSession()) await (await loadAuth()).signOutLocally();
  }

  /** The ID token for an API call; null once the session has expired (the API client then sends the user to sign in). */
  async function idToken(): Promise<string | null> {
    if (!mayHaveStoredSession()) return null;
    const token = await (await loadAuth()).currentIdToken();
    return token?.jwt ?? null;
  }

  return { user, isUnitUser, can, restore, signIn, signOut, idToken };
});
