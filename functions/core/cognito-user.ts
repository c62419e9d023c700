import { CognitoIdentityProviderClient, GetUserCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DomainError } from './errors';
import { traceSdkCalls } from './sdk-tracing';

let client: CognitoIdentityProviderClient | undefined;

/**
 * Cognito's user API, called with the user's own access token (GetUser needs no IAM permission: the
 * token is the authority). COGNITO_ENDPOINT is set only locally (cognito-local); read on first use.
 */
function cognito(): CognitoIdentityProviderClient {
  const endpoint = process.env.COGNITO_ENDPOINT;
  client ??= traceSdkCalls(new CognitoIdentityProviderClient({
    region: process.env.AWS_REGION ?? 'cn-north-1',
    ...(endpoint ? { endpoint, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
  }));
  return client;
}

export interface OwnMfa {
  username: string;
  totp: boolean;
}

/** Whose token this is and whether they have TOTP on, as Cognito answers; a refused token is a 400. */
export async function readOwnMfa(accessToken: string): Promise<OwnMfa> {
  try {
    const out = await cognito().send(new GetUserCommand({ AccessToken: accessToken }));
    return { username: out.Username ?? '', totp: (out.UserMFASettingList ?? []).includes('SOFTWARE_TOKEN_MFA') };
  } catch (error) {
    const name = (error as Error).name;
    if (['NotAuthorizedException', 'InvalidParameterException', 'UserNotFoundException', 'PasswordResetRequiredException'].includes(name)) {
      throw new DomainError('invalid', 'mfa_token_invalid');
    }
    throw error;
  }
}
