import middy from '@middy/core';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { Webhook, WebhookVerificationError } from 'standardwebhooks';
import { pickLang } from '#shared/messages';
import { isValidWebhookId } from '#shared/path-params';
import { ordersContracts } from '#shared/contracts/orders.contract';
import { validate } from '#shared/validation';
import { DomainError, invalidFields } from '#core/errors';
import { errorResponse, jsonResponse } from '#core/http/error-response';
import { logContext } from '#core/log-context';
import { logEvents } from '#core/log-events';
import { logger } from '#core/logger';
import { webhookSecrets } from '#core/webhook-secret';
import { orderDeps } from './deps';
import { receiveOrderEvent } from './use-cases/receive-order-event';

const deps = orderDeps();
/** Not wrapped by http() (no JWT), so it reads its contract itself; the events are small, larger bodies are refused unread. */
const contract = ordersContracts['POST /webhooks/orders'];

/**
 * POST /webhooks/orders — no JWT: the Standard Webhooks signature (HMAC-SHA256 of id.timestamp.body,
 * timestamp within 5 minutes) proves the order system sent it. docs/webhooks.md is the sender's guide.
 */
export const handler = middy<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2>()
  // Every line of a delivery carries its webhook-id, the id the order system's own logs show.
  .use(logContext<APIGatewayProxyEventV2>((event) => event.headers?.['webhook-id'] || event.requestContext?.requestId))
  .onError((request) => {
    request.response = errorResponse(request.error, pickLang(request.event.headers?.['accept-language']));
  })
  .handler(async (event) => {
    const lang = pickLang(event.headers?.['accept-language']);
    const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
    if (Buffer.byteLength(raw) > contract.maxBodyBytes) throw new DomainError('too_large', 'payload_too_large');

    const headers = event.headers ?? {};
    const payload = verified(raw, headers, await webhookSecrets());
    // The id is signed, but it becomes part of the delivery's key: a sender's oversized id is its mistake (400), not ours.
    const webhookId = headers['webhook-id'] ?? '';
    if (!isValidWebhookId(webhookId)) throw new DomainError('invalid', 'webhook_id_invalid');
    const parsed = validate(contract.body, payload, lang);
    if (!parsed.ok) throw invalidFields(parsed.fields);

    const result = await receiveOrderEvent(deps, parsed.value, webhookId);
    return jsonResponse(result.status, result.body);
  });

/**
 * The parsed payload of a delivery signed with any of `secrets` (two during a rotation). verify() checks
 * id, timestamp (±5 min) and any of the space-separated signatures, then parses the JSON. A refused
 * delivery leaves one warning — the `WebhookSignatureFailures` metric filter counts it — naming the
 * webhook-id and why, never the secret, the signatures or the body.
 */
function verified(raw: string, headers: Record<string, string | undefined>, secrets: string[]): unknown {
  const signed = {
    'webhook-id': headers['webhook-id'] ?? '',
    'webhook-timestamp': headers['webhook-timestamp'] ?? '',
    'webhook-signature': headers['webhook-signature'] ?? '',
  };
  let refusal: WebhookVerificationError | undefined;
  for (const secret of secrets) {
    try {
      return new Webhook(secret).verify(raw, signed);
    } catch (error) {
      if (error instanceof SyntaxError) throw new DomainError('invalid', 'invalid_json');
      if (!(error instanceof WebhookVerificationError)) throw error;
      refusal = error;
    }
  }
  logger.warn(logEvents.webhookSignatureRejected, { webhookId: signed['webhook-id'] || undefined, reason: refusal?.message });
  throw new DomainError('unauthorized', 'webhook_signature');
}
