import type { Staff } from '#shared/schemas/staff.schema';
import type { UserAccount, UserCreate, UserHistoryEntry, UserHoldings, UserListQuery, UserListStatus, UserUpdate } from '#shared/schemas/user.schema';
import type { Role } from '#shared/roles';
import { apiRequest } from './api-client';

/** A row of the staff list (functions/users/use-cases/read-users.ts). */
export interface UserListItem {
  username: string;
  name: string;
  role?: Role;
  unitId?: string;
  email?: string;
  mobile?: string;
  wecomUserId?: string;
  dingtalkUserId?: string;
  status: UserListStatus;
  version?: number;
  account?: UserAccount;
}

export async function listUsers(query: UserListQuery): Promise<{ items: UserListItem[]; poolUnavailable: boolean }> {
  const { data } = await apiRequest<{ items: UserListItem[]; poolUnavailable: boolean }>('GET', '/users', { query: { ...query } });
  return data;
}

export async function getUser(username: string): Promise<{ user: UserListItem; history: UserHistoryEntry[]; etag: string | null }> {
  const { data, headers } = await apiRequest<{ user: UserListItem; history: UserHistoryEntry[] }>('GET', `/users/${encodeURIComponent(username)}`);
  return { ...data, etag: headers.get('etag') };
}

export async function getUserHoldings(username: string): Promise<UserHoldings> {
  return (await apiRequest<UserHoldings>('GET', `/users/${encodeURIComponent(username)}/holdings`)).data;
}

export async function createUser(body: UserCreate): Promise<{ username: string; temporaryPassword: string }> {
  return (await apiRequest<{ username: string; temporaryPassword: string }>('POST', '/users', { body })).data;
}

export async function updateUser(username: string, body: UserUpdate, etag: string): Promise<Staff> {
  return (await apiRequest<{ user: Staff }>('PATCH', `/users/${encodeURIComponent(username)}`, { body, headers: { 'If-Match': etag } })).data.user;
}

export async function disableUser(username: string): Promise<{ user: Staff; holdings: UserHoldings }> {
  return (await apiRequest<{ user: Staff; holdings: UserHoldings }>('POST', `/users/${encodeURIComponent(username)}/disable`)).data;
}

export async function enableUser(username: string): Promise<Staff> {
  return (await apiRequest<{ user: Staff }>('POST', `/users/${encodeURIComponent(username)}/enable`)).data.user;
}

export async function resetUserPassword(username: string): Promise<{ temporaryPassword: string }> {
  return (await apiRequest<{ temporaryPassword: string }>('POST', `/users/${encodeURIComponent(username)}/reset-password`)).data;
}

export async function adoptUser(username: string): Promise<Staff> {
  return (await apiRequest<{ user: Staff }>('POST', `/users/${encodeURIComponent(username)}/adopt`, { body: {} })).data.user;
}

export async function searchUserHistory(query: { q?: string; action?: string; cursor?: string; limit?: number }): Promise<{ items: UserHistoryEntry[]; nextCursor: string | null }> {
  return (await apiRequest<{ items: UserHistoryEntry[]; nextCursor: string | null }>('GET', '/users/history', { query })).data;
}
