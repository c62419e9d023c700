import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { env } from './env';
import { traceSdkCalls } from './sdk-tracing';

let provider: SecretsProvider | undefined;

/**
 * The order webhook's signing secrets. In the cloud they live in one Secrets Manager secret
 * (WEBHOOK_SECRET_ARN), cached for five minutes so a rotation is picked up without a deploy; the local
 * twin passes them in WEBHOOK_SECRET. During a rotation the value holds the new and the old secret
 * separated by a space, and a delivery signed with either is accepted (docs/operations.md "Rotating
 * the webhook secret"); afterwards the old one is removed from the value.
 */
export async function webhookSecrets(): Promise<string[]> {
  const value = process.env.WEBHOOK_SECRET ?? (await storedSecret());
  const secrets = value.split(/\s+/).filter(Boolean);
  if (secrets.length === 0) throw new Error('The webhook secret is empty');
  return secrets;
}

async function storedSecret(): Promise<string> {
  const arn = process.env.WEBHOOK_SECRET_ARN;
  if (!arn) throw new Error('Neither WEBHOOK_SECRET nor WEBHOOK_SECRET_ARN is set');
  provider ??= new SecretsProvider({ awsSdkV3Client: traceSdkCalls(new SecretsManagerClient({ region: env.region })) });
  const value = await provider.get(arn, { maxAge: 300 });
  if (typeof value !== 'string') throw new Error('The webhook secret is not a string');
  return value;
}
