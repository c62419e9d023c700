import { randomUUID } from 'node:crypto';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { CognitoUserPool } from '../../functions/core/accounts/cognito-user-pool';
import { provisionCognito } from '../../infra/local/provision-cognito';

/**
 * A user pool of the test file's own in the run's cognito-local (cognito-global-setup.ts), with the
 * twin's app client and groups. Sets USER_POOL_ID, so the handlers' user pool port finds it.
 */
export async function testUserPool() {
  const endpoint = process.env.COGNITO_ENDPOINT!;
  const pool = await provisionCognito(endpoint, `crm-test-${randomUUID()}`);
  process.env.USER_POOL_ID = pool.userPoolId;
  const client = new CognitoIdentityProviderClient({ endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  return { ...pool, endpoint, client, port: new CognitoUserPool(client, pool.userPoolId) };
}
