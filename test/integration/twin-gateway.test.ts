import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';

let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api?.close());

describe('the local gateway’s own answers use the error shape, in the caller’s language', () => {
  it.each([
    ['zh-CN', '接口不存在'],
    ['en', 'No such endpoint'],
  ])('404 for a route not in the table (%s)', async (lang, words) => {
    const res = await api.call('GET', '/no-such-route', { headers: { 'accept-language': lang } });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ error: { code: 'route_not_found', message: expect.stringContaining(words) } });
  });

  it('401 without a token', async () => {
    const res = await api.call('GET', '/customers', { headers: { 'accept-language': 'en' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ error: { code: 'unauthorized', message: expect.stringContaining('Not signed in') } });
  });

  it('413 for a body over the gateway’s 10 MB', async () => {
    const res = await api.call('POST', '/customers', { body: 'x'.repeat(10 * 1024 * 1024 + 1) });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: 'payload_too_large', message: expect.stringContaining('请求体过大') } });
  });
});

describe('GET /openapi.json', () => {
  it('serves the OpenAPI 3.1 document of the route table, without a token', async () => {
    const res = await api.call('GET', '/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.paths['/customers/{customerId}'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CustomerView' });
    expect(res.body.components.schemas.CustomerView.properties).toHaveProperty('maskedSections');
    expect(res.body.paths['/webhooks/orders'].post.requestBody).toBeDefined();
  });
});
