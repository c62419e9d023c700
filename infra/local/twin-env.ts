/**
 * Imported first by the twin's entry points: handler modules read their environment once, when first
 * imported, exactly as in Lambda, so it has to be in place before anything else loads.
 */
import { join } from 'node:path';
import { localBucketName, localDir, localRegion, localTableName, ports } from './settings';

process.env.DYNAMODB_ENDPOINT ??= `http://127.0.0.1:${ports.dynamodb}`;
process.env.TABLE_NAME ??= localTableName;
process.env.AWS_REGION ??= localRegion;
process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
// POST /me/mfa asks cognito-local (in the cloud the SDK finds Cognito's regional endpoint).
process.env.COGNITO_ENDPOINT ??= `http://localhost:${ports.cognito}`;
process.env.S3_ENDPOINT ??= `http://localhost:${ports.objectStorage}`;
process.env.ATTACHMENTS_BUCKET ??= localBucketName;
// Only set locally (cognito-local); in the cloud the SDK finds the regional endpoint. USER_POOL_ID is set by start.ts.
process.env.COGNITO_ENDPOINT ??= `http://localhost:${ports.cognito}`;
// Reminder emails (issue 5) are written here as .eml files, for a person to read what would have been sent.
process.env.REVISIT_EMAIL_OUTBOX ??= join(localDir, 'outbox');

// The SDK warns on every start that releases after early 2027 need Node 22. The Lambda runtime is
// Node 22 (infra/); the twin still supports Node 20, so this one warning is not news to anyone here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
