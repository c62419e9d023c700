/**
 * Rebuilds a lost user pool from a weekly directory copy (the export-user-directory job), into a new,
 * empty pool: groups, users with their attributes and disabled state, memberships. No passwords: an
 * administrator sets each one afterwards (docs/operations.md "Rebuilding the user pool").
 *
 *   npm run users:rebuild -- <snapshot.json> <new-user-pool-id> [--endpoint http://localhost:9229]
 */
import { readFileSync } from 'node:fs';
import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { rebuildUserDirectory, type UserDirectorySnapshot } from '#core/user-directory';

export async function rebuildFromFile(file: string, userPoolId: string, endpoint?: string) {
  const snapshot = JSON.parse(readFileSync(file, 'utf8')) as UserDirectorySnapshot;
  const cognito = new CognitoIdentityProviderClient(
    endpoint ? { endpoint, region: 'local', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {},
  );
  return rebuildUserDirectory(cognito, userPoolId, snapshot);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, pool, flag, endpoint] = process.argv.slice(2);
  if (!file || !pool || (flag && flag !== '--endpoint')) {
    console.error('usage: npm run users:rebuild -- <snapshot.json> <new-user-pool-id> [--endpoint <url>]');
    process.exit(2);
  }
  const created = await rebuildFromFile(file, pool, endpoint);
  console.log(`created ${created.groups} groups, ${created.users} users, ${created.memberships} memberships in ${pool}`);
}
