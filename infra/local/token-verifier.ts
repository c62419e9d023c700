import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';

export type VerifyToken = (token: string) => Promise<Record<string, unknown>>;

/**
 * Verifies a Cognito ID token the way API Gateway's JWT authorizer does: signature against the pool's
 * JWKS, issuer, audience (the app client), expiry. Throws when any check fails.
 */
export function cognitoVerifier(options: { keys: JWTVerifyGetKey; issuer: string; audience: string }): VerifyToken {
  return async (token) => {
    const { payload } = await jwtVerify(token, options.keys, { issuer: options.issuer, audience: options.audience });
    return payload as Record<string, unknown>;
  };
}

export function cognitoLocalVerifier(endpoint: string, userPoolId: string, clientId: string): VerifyToken {
  const issuer = `${endpoint}/${userPoolId}`;
  return cognitoVerifier({
    keys: createRemoteJWKSet(new URL(`${issuer}/.well-known/jwks.json`)),
    issuer,
    audience: clientId,
  });
}
