import { describe, expect, it } from 'vitest';
import { invalidPathParams, isValidPathParam, isValidWebhookId } from '../../shared/path-params';
import { isPlausibleOrderInstant } from '../../shared/schemas/order-event.schema';

describe('path parameters', () => {
  it('accepts ids, usernames, quarters and event keys', () => {
    for (const v of ['01JABCDEF', 'east.staff', '2026-Q3', 'SO-1|order.refunded|RF-1', '订单-7']) expect(isValidPathParam(v)).toBe(true);
  });
  it('refuses empty, oversized and control-character values, naming each bad parameter', () => {
    expect(invalidPathParams({ a: 'ok', b: '', c: 'x'.repeat(257), d: 'a\u0000b', e: '界'.repeat(200) })).toEqual({
      b: 'path.invalid',
      c: 'path.invalid',
      d: 'path.invalid',
      e: 'path.invalid', // 600 bytes in UTF-8: over the byte limit though under the character limit
    });
  });
});

describe('webhook ids', () => {
  it('takes visible ASCII up to 200 characters', () => {
    expect(isValidWebhookId('msg_2b8r1')).toBe(true);
    expect(isValidWebhookId('x'.repeat(201))).toBe(false);
    expect(isValidWebhookId('msg 1')).toBe(false);
    expect(isValidWebhookId('')).toBe(false);
  });
});

describe('order event dates', () => {
  const now = Date.parse('2026-12-06T00:00:00Z');
  it('takes dates from the first order year up to a day ahead', () => {
    expect(isPlausibleOrderInstant('2000-01-01T00:00:00+08:00', now)).toBe(true);
    expect(isPlausibleOrderInstant('2026-12-06T23:00:00Z', now)).toBe(true);
  });
  it('refuses an older date and one more than a day ahead', () => {
    expect(isPlausibleOrderInstant('1999-12-31T23:59:59+08:00', now)).toBe(false);
    expect(isPlausibleOrderInstant('1900-01-01T00:00:00Z', now)).toBe(false);
    expect(isPlausibleOrderInstant('2026-12-07T00:00:01Z', now)).toBe(false);
  });
});
