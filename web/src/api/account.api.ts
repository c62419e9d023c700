import { api, type ApiAnswer } from './api-client';

export type MyMfa = ApiAnswer<'POST /me/mfa'>;

/** Has the API record the caller's second factor as Cognito reports it (POST /me/mfa). */
export async function syncMyMfa(accessToken: string): Promise<MyMfa> {
  return (await api('POST /me/mfa', { body: { accessToken } })).data;
}
