import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar } from '../../shared/credit-code';
import { customerNameLimits, customerNameProblem } from '../../shared/customer-name-rule';
import { customerCreateSchema } from '../../shared/schemas/customer.schema';
import { validate } from '../../shared/validation';

const nameOf = (n: number) => '华'.repeat(n);
const code = '91310000MA1FL0K59' + creditCodeCheckChar('91310000MA1FL0K59');
const body = (name: string) => ({ name, creditCode: code, kind: 'potential', creditRating: 'A' });

describe('the customer name length rule', () => {
  it('allows 2 to 100 characters, counted after trimming', () => {
    expect(customerNameLimits).toEqual({ min: 2, max: 100 });
    expect(customerNameProblem(nameOf(2))).toBeUndefined();
    expect(customerNameProblem(nameOf(100))).toBeUndefined();
    expect(customerNameProblem(`  ${nameOf(100)}  `)).toBeUndefined();
  });

  it('names the limit and the count of a name over it', () => {
    expect(customerNameProblem(nameOf(123))).toEqual({ kind: 'too-long', limit: 100, length: 123 });
    expect(customerNameProblem(' 华 ')).toEqual({ kind: 'too-short', limit: 2, length: 1 });
  });

  it('is the schema’s rule: a name over the limit is refused with the limit, not cut to it', () => {
    const long = validate(customerCreateSchema, body(nameOf(101)), 'zh-CN');
    expect(long.ok).toBe(false);
    if (!long.ok) expect(long.fields.name).toBe('最多 100 个字符。');
    const english = validate(customerCreateSchema, body(nameOf(101)), 'en');
    if (!english.ok) expect(english.fields.name).toBe('At most 100 characters.');
    const exact = validate(customerCreateSchema, body(nameOf(100)), 'zh-CN');
    expect(exact.ok && exact.value.name).toBe(nameOf(100));
  });
});
