import type { UserCreate, UserHistoryQuery, UserListQuery, UserUpdate } from '#shared/schemas/user.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/users.contract.ts).
/** A row of the staff list: a directory entry with its pool account, or a pool-only account. */
export type UserListItem = ApiAnswer<'GET /users'>['items'][number];
type UserHoldings = ApiAnswer<'GET /users/{username}/holdings'>;

export async function listUsers(query: UserListQuery): Promise<ApiAnswer<'GET /users'>> {
  return (await api('GET /users', { query: { ...query } })).data;
}

/** The person with their history; the ETag is the version the caller saw, sent back with a change. */
export async function getUser(username: string): Promise<ApiAnswer<'GET /users/{username}'> & { etag: string | null }> {
  const { data, headers } = await api('GET /users/{username}', { params: { username } });
  return { ...data, etag: headers.get('etag') };
}

export async function getUserHoldings(username: string): Promise<UserHoldings> {
  return (await api('GET /users/{username}/holdings', { params: { username } })).data;
}

export async function createUser(body: UserCreate): Promise<ApiAnswer<'POST /users'>> {
  return (await api('POST /users', { body })).data;
}

/** 412 when someone changed the person since `etag` was read. */
export async function updateUser(username: string, body: UserUpdate, etag: string): Promise<ApiAnswer<'PATCH /users/{username}'>['user']> {
  return (await api('PATCH /users/{username}', { params: { username }, body, headers: { 'If-Match': etag } })).data.user;
}

export async function disableUser(username: string): Promise<ApiAnswer<'POST /users/{username}/disable'>> {
  return (await api('POST /users/{username}/disable', { params: { username } })).data;
}

export async function enableUser(username: string): Promise<ApiAnswer<'POST /users/{username}/enable'>['user']> {
  return (await api('POST /users/{username}/enable', { params: { username } })).data.user;
}

export async function resetUserPassword(username: string): Promise<ApiAnswer<'POST /users/{username}/reset-password'>> {
  return (await api('POST /users/{username}/reset-password', { params: { username } })).data;
}

export async function adoptUser(username: string): Promise<ApiAnswer<'POST /users/{username}/adopt'>['user']> {
  return (await api('POST /users/{username}/adopt', { params: { username }, body: {} })).data.user;
}

export async function searchUserHistory(query: Partial<UserHistoryQuery>): Promise<ApiAnswer<'GET /users/history'>> {
  return (await api('GET /users/history', { query })).data;
}
