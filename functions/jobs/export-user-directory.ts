import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { shanghaiDate } from '#shared/shanghai-time';
import { env } from '#core/env';
import { jobHandler } from '#core/job-handler';
import { traceSdkCalls } from '#core/sdk-tracing';
import { objectKeys, ObjectStorage } from '#core/object-storage';
import { exportUserDirectory } from '#core/user-directory';

const cognito = traceSdkCalls(new CognitoIdentityProviderClient({
  region: env.region,
  ...(process.env.COGNITO_ENDPOINT ? { endpoint: process.env.COGNITO_ENDPOINT, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
}));
const storage = new ObjectStorage();

/**
 * Weekly (shared/schedules.ts): the user pool's users, groups and attributes as JSON in the attachments
 * bucket (`backups/user-directory/<day>.json`, versioned, backed up with the bucket), so a lost pool can
 * be rebuilt (docs/operations.md "Rebuilding the user pool"). Rerunning on the same day overwrites that
 * day's copy; the bucket's versioning keeps the earlier one.
 */
export const handler = jobHandler('export-user-directory', async (event) => {
  const userPoolId = process.env.USER_POOL_ID;
  if (!userPoolId) throw new Error('USER_POOL_ID is not set');
  const now = event.time ? new Date(event.time) : new Date();
  const snapshot = await exportUserDirectory(cognito, userPoolId, now);
  const key = objectKeys.userDirectory(shanghaiDate(now));
  await storage.putFile(key, Buffer.from(JSON.stringify(snapshot, null, 2)), 'application/json');
  return { key, users: snapshot.users.length, groups: snapshot.groups.length };
});
