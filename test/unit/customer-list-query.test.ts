import { describe, expect, it } from 'vitest';
import { customerListQuerySchema } from '../../shared/schemas/customer.schema';
import { customerSimilarQuerySchema } from '../../shared/schemas/customer-similar.schema';
import { validate } from '../../shared/validation';

describe('the customer list query', () => {
  it('takes every filter, sort and order as query-string text', () => {
    const parsed = validate(
      customerListQuerySchema,
      { q: ' 西溪 ', tier: 'vip', kind: 'service', unitId: 'east', ownerId: 'east.staff', creditRating: 'AA', stale: 'true', sort: 'annualAmount', order: 'asc', limit: '5' },
      'en',
    );
    expect(parsed).toEqual({
      ok: true,
      value: { q: '西溪', tier: 'vip', kind: 'service', unitId: 'east', ownerId: 'east.staff', creditRating: 'AA', stale: true, sort: 'annualAmount', order: 'asc', limit: 5 },
    });
    expect(validate(customerListQuerySchema, { stale: 'false' }, 'en')).toEqual({ ok: true, value: { stale: false, limit: 20 } });
  });

  it.each([
    ['zh-CN', '请从可选项中选择一项。'],
    ['en', 'Choose one of the options.'],
  ] as const)('names each bad parameter, in %s', (lang, words) => {
    const result = validate(customerListQuerySchema, { sort: 'size', order: 'up', stale: 'yes', kind: 'friend', creditRating: 'A A', limit: '0' }, lang);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.fields).sort()).toEqual(['creditRating', 'kind', 'limit', 'order', 'sort', 'stale']);
    expect(result.fields.sort).toBe(words);
  });

  it('refuses parameters it does not know, naming them', () => {
    const result = validate(customerListQuerySchema, { phone: '13812345678' }, 'en');
    expect(result).toEqual({ ok: false, fields: { phone: 'Unknown field.' } });
  });
});

describe('the similar-names query', () => {
  it('needs a name', () => {
    expect(validate(customerSimilarQuerySchema, {}, 'en').ok).toBe(false);
    expect(validate(customerSimilarQuerySchema, { name: ' 西溪 ' }, 'en')).toEqual({ ok: true, value: { name: '西溪' } });
  });
});
