import { getSecret } from '@aws-lambda-powertools/parameters/secrets';

/**
 * The order webhook's signing secret(s). In the cloud it lives in Secrets Manager (WEBHOOK_SECRET_ARN),
 * cached for five minutes so a rotation is picked up without a deploy; the local twin passes it in
 * WEBHOOK_SECRET. During a rotation the order system signs with old and new secrets at once.
 */
export async function webhookSecret(): Promise<string> {
  if (process.env.WEBHOOK_SECRET) return process.env.WEBHOOK_SECRET;
  const arn = process.env.WEBHOOK_SECRET_ARN;
  if (!arn) throw new Error('Neither WEBHOOK_SECRET nor WEBHOOK_SECRET_ARN is set');
  const value = await getSecret(arn, { maxAge: 300 });
  if (typeof value !== 'string' || !value) throw new Error('The webhook secret is empty');
  return value;
}
