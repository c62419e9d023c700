import type { Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { http } from '../../functions/core/http/http';
import { jobHandler } from '../../functions/core/job-handler';
import { handler as receiveOrderEvent } from '../../functions/orders/receive-order-event';
import { signed } from '../support/webhook';

/** Every JSON line Powertools Logger writes while `run` runs. */
let lines: Record<string, any>[];
beforeEach(() => {
  lines = [];
  for (const stream of [process.stdout, process.stderr]) {
    vi.spyOn(stream, 'write').mockImplementation((chunk: string | Uint8Array) => {
      for (const line of String(chunk).split('\n').filter(Boolean)) {
        try {
          lines.push(JSON.parse(line));
        } catch {
          // not a log line
        }
      }
      return true;
    });
  }
});
afterEach(() => vi.restoreAllMocks());

const context = { functionName: 'Crm-Api-Customers-GETCustomers', awsRequestId: 'lambda-req-1', functionVersion: '$LATEST', memoryLimitInMB: '512', invokedFunctionArn: 'arn:aws:lambda:ap-east-1:1:function:x' } as Context;

function apiEvent(requestId: string) {
  return {
    headers: { 'accept-language': 'en' },
    requestContext: {
      requestId,
      authorizer: { jwt: { claims: { 'cognito:username': 'sales.head', 'cognito:groups': '[sales-head]', name: '李静' } } },
    },
  } as any;
}

describe('a 5xx from a route', () => {
  const failing = http('GET /customers', async () => {
    throw new Error('DynamoDB said no');
  });

  it('keeps the error shape for the caller and writes one ERROR line with the request id and the Lambda context', async () => {
    const res = await failing(apiEvent('api-req-5xx'), context);
    expect(res.statusCode).toBe(500);
    expect(JSON.parse(res.body!)).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(res.body).not.toContain('DynamoDB said no');

    const errors = lines.filter((l) => l.level === 'ERROR');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      message: 'unhandled error',
      httpStatus: 500,
      correlation_id: 'api-req-5xx',
      function_request_id: 'lambda-req-1',
      function_name: 'Crm-Api-Customers-GETCustomers',
      error: { message: 'DynamoDB said no' },
    });
  });

  it('does not carry one request id into the next request', async () => {
    await failing(apiEvent('first'), context);
    const ok = http('GET /customers', async () => ({ status: 200, body: {} }));
    const { logger } = await import('../../functions/core/logger');
    await ok(apiEvent('second'), context);
    logger.info('after the request');
    expect(lines.at(-1)).not.toHaveProperty('correlation_id');
  });
});

describe('a webhook delivery with a bad signature', () => {
  it('is refused with 401 and leaves one warning naming the webhook-id, never the secret, the signature or the body', async () => {
    process.env.WEBHOOK_SECRET = `whsec_${Buffer.from('the secret of this test').toString('base64')}`;
    const body = JSON.stringify({ type: 'order.paid', data: { orderId: 'SO-SECRET-BODY-MARKER' } });
    const headers = signed(body, { id: 'msg_bad_sig_1', secrets: [`whsec_${Buffer.from('someone else').toString('base64')}`] });
    const res = await receiveOrderEvent({ headers, body, requestContext: { requestId: 'api-req-wh' } } as any, context);
    expect(res.statusCode).toBe(401);

    const warnings = lines.filter((l) => l.level === 'WARN');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ message: 'webhook signature rejected', webhookId: 'msg_bad_sig_1', correlation_id: 'msg_bad_sig_1' });
    const written = JSON.stringify(lines);
    expect(written).not.toContain(process.env.WEBHOOK_SECRET);
    expect(written).not.toContain(headers['webhook-signature']);
    expect(written).not.toContain('SO-SECRET-BODY-MARKER');
  });
});

describe('a scheduled job run', () => {
  const event = { id: 'scheduler-exec-42', detail: {} } as any;

  it('logs "job finished" with its summary under the run id', async () => {
    const job = jobHandler('sample', async () => ({ reminded: 3 }));
    expect(await job(event, context)).toEqual({ reminded: 3 });
    expect(lines.at(-1)).toMatchObject({ message: 'job finished', job: 'sample', summary: { reminded: 3 }, correlation_id: 'scheduler-exec-42' });
  });

  it('logs "job failed" as an ERROR line and rethrows, so Lambda retries the run', async () => {
    const job = jobHandler('sample', async () => {
      throw new Error('table unreachable');
    });
    await expect(job(event, context)).rejects.toThrow('table unreachable');
    expect(lines.filter((l) => l.level === 'ERROR')).toEqual([
      expect.objectContaining({ message: 'job failed', job: 'sample', correlation_id: 'scheduler-exec-42' }),
    ]);
    expect(lines.some((l) => l.message === 'job finished')).toBe(false);
  });
});
