import { randomUUID } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { ensureTable } from '../../infra/local/create-table';

// Each test file gets its own table, set before any handler module reads its environment.
process.env.DYNAMODB_ENDPOINT = inject('dynamoEndpoint');
process.env.TABLE_NAME = `test-${randomUUID()}`;
process.env.AWS_REGION = 'cn-north-1';
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
process.env.S3_ENDPOINT = inject('s3Endpoint');
process.env.ATTACHMENTS_BUCKET = inject('s3Bucket');
// The run's cognito-local; a file that manages accounts makes its own pool in it (user-pool.ts).
process.env.COGNITO_ENDPOINT = inject('cognitoEndpoint');
process.env.WEBHOOK_SECRET = `whsec_${Buffer.from(randomUUID()).toString('base64')}`;

const client = new DynamoDBClient({
  endpoint: process.env.DYNAMODB_ENDPOINT,
  region: 'cn-north-1',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
await ensureTable(client, process.env.TABLE_NAME);
client.destroy();

// Every table starts as the twin's does: with the first business units (shared/units.ts) as records.
const { unitDeps } = await import('../../functions/units/deps');
const { seedFirstUnits } = await import('../../functions/units/use-cases/units');
const { createDocumentClient } = await import('../../functions/core/dynamo');
await seedFirstUnits(unitDeps(createDocumentClient(process.env.DYNAMODB_ENDPOINT), process.env.TABLE_NAME));
// The test callers' administrators have TOTP set up, as every admin must (shared/admin-mfa.ts);
// test/integration/sign-in-lifecycle.test.ts follows an admin who has not.
// Imported here, not above: function modules read the environment set above when first loaded.
const { StaffMfaRepository } = await import('../../functions/core/repositories/staff-mfa.repository');
const mfa = new StaffMfaRepository(createDocumentClient(process.env.DYNAMODB_ENDPOINT), process.env.TABLE_NAME);
for (const username of ['admin', 'admin.tester']) await mfa.record({ username, totp: true, checkedAt: new Date().toISOString() });
