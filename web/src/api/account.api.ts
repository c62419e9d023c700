import type { MyMfa } from '#shared/schemas/staff-mfa.schema';
import { apiRequest } from './api-client';

/** Has the API record the caller's second factor as Cognito reports it (POST /me/mfa). */
export async function syncMyMfa(accessToken: string): Promise<MyMfa> {
  return (await apiRequest<MyMfa>('POST', '/me/mfa', { body: { accessToken } })).data;
}
