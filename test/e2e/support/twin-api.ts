import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  RespondToAuthChallengeCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { Webhook } from 'standardwebhooks';
import type { OrderEvent } from '#shared/schemas/order-event.schema';
import { totpCode } from '../../../infra/local/totp';
import { demoLogin, endpoints } from './endpoints';

/** The parts of .local/endpoints.json for calling the twin directly: to arrange data and check what the page shows. */
interface TwinEndpoints {
  apiUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  userPoolEndpoint: string;
  webhookSecret: string;
}

const twin = () => endpoints() as unknown as TwinEndpoints;
const tokens = new Map<string, string>();

/** A demo user's ID token from cognito-local (USER_PASSWORD_AUTH, as the SPA signs in locally). */
async function idToken(username: string): Promise<string> {
  const cached = tokens.get(username);
  if (cached) return cached;
  const { region, userPoolEndpoint, userPoolClientId } = twin();
  const client = new CognitoIdentityProviderClient({ region, endpoint: userPoolEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  const user = demoLogin(username);
  const out = await client.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: userPoolClientId, AuthParameters: { USERNAME: user.username, PASSWORD: user.password } }),
  );
  // A demo admin has TOTP: answer the challenge as its authenticator app would.
  const result =
    out.ChallengeName === 'SOFTWARE_TOKEN_MFA' && user.totpSecret
      ? (
          await client.send(
            new RespondToAuthChallengeCommand({
              ClientId: userPoolClientId,
              ChallengeName: 'SOFTWARE_TOKEN_MFA',
              Session: out.Session,
              ChallengeResponses: { USERNAME: user.username, SOFTWARE_TOKEN_MFA_CODE: totpCode(user.totpSecret) },
            }),
          )
        ).AuthenticationResult
      : out.AuthenticationResult;
  const token = result?.IdToken;
  if (!token) throw new Error(`no ID token for ${username}`);
  tokens.set(username, token);
  return token;
}

/** Calls the twin's API as a demo user; throws with the error body on a non-2xx answer. */
export async function api<T>(username: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${twin().apiUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${await idToken(username)}`, 'Content-Type': 'application/json', 'Accept-Language': 'zh-CN', ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} as ${username}: HTTP ${res.status} ${text}`);
  return (text ? JSON.parse(text) : undefined) as T;
}

/** Posts an order event to the webhook, signed as the order system signs it (Standard Webhooks). */
export async function deliverOrderEvent(event: OrderEvent): Promise<number> {
  const body = JSON.stringify(event);
  const id = `msg_${randomUUID()}`;
  const at = new Date();
  const res = await fetch(`${twin().apiUrl}/webhooks/orders`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': new Webhook(twin().webhookSecret).sign(id, at, body),
    },
    body,
  });
  return res.status;
}

/**
 * An account made as an administrator makes one in the twin's Cognito (AdminCreateUser): a temporary
 * password to be replaced at the first sign-in. For the sign-in browser tests.
 */
export async function createTwinUser(user: { username: string; name: string; role: string; temporaryPassword: string }): Promise<void> {
  const { region, userPoolEndpoint, userPoolId } = twin();
  const client = new CognitoIdentityProviderClient({ region, endpoint: userPoolEndpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: user.username,
        TemporaryPassword: user.temporaryPassword,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'name', Value: user.name },
          { Name: 'email', Value: `${user.username}@example.com` },
        ],
      }),
    );
    await client.send(new AdminAddUserToGroupCommand({ UserPoolId: userPoolId, Username: user.username, GroupName: user.role }));
  } finally {
    client.destroy();
  }
}
