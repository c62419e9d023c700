import { describe, expect, it } from 'vitest';
import { ApiError, toApiError } from '../../web/src/api/api-error';

describe('turning a failed response into an ApiError', () => {
  it('keeps the code, message and field errors of a contract error body', async () => {
    const body = { error: { code: 'validation_failed', message: '提交的数据有误', fields: { 'contacts.0.phone': '电话无效' } } };
    const res = new Response(JSON.stringify(body), { status: 400, headers: { 'content-type': 'application/json' } });

    const error = await toApiError(res, 'zh-CN');

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 400, code: 'validation_failed', message: '提交的数据有误', fields: { 'contacts.0.phone': '电话无效' } });
  });

  it('explains a response without a contract body in the UI language', async () => {
    const error = await toApiError(new Response('<html>Bad gateway</html>', { status: 502 }), 'en');

    expect(error).toMatchObject({ status: 502, code: 'http_502', fields: undefined });
    expect(error.message).toBe('The server gave an unexpected response (HTTP 502).');
  });
});
