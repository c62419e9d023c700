import { describe, expect, it } from 'vitest';
import {
  customerCreateSchema,
  customerListQuerySchema,
  customerPatchSchema,
  customerReadOnlyFields,
} from '../../shared/schemas/customer.schema';
import { validate } from '../../shared/validation';

const valid = { name: '上海浦江精密机械有限公司', creditCode: '91330100716105852F', kind: 'main-business', creditRating: 'AA' };

describe('customer create schema', () => {
  it('accepts a minimal customer and fills defaults', () => {
    const r = validate(customerCreateSchema, valid, 'zh-CN');
    expect(r).toEqual({ ok: true, value: { ...valid, contacts: [], notes: '' } });
  });

  it('normalizes the credit code before checking it', () => {
    const r = validate(customerCreateSchema, { ...valid, creditCode: '91330100716105852f ' }, 'zh-CN');
    expect(r.ok && r.value.creditCode).toBe('91330100716105852F');
  });

  it.each(customerReadOnlyFields)('names read-only field %s in both languages', (field) => {
    const zh = validate(customerCreateSchema, { ...valid, [field]: 1 }, 'zh-CN', customerReadOnlyFields);
    const en = validate(customerCreateSchema, { ...valid, [field]: 1 }, 'en', customerReadOnlyFields);
    expect(zh).toEqual({ ok: false, fields: { [field]: '该字段由系统维护，不能提交。' } });
    expect(en).toEqual({ ok: false, fields: { [field]: 'This field is maintained by the system and cannot be set.' } });
  });

  it('names unknown fields, including inside contacts', () => {
    const r = validate(customerCreateSchema, { ...valid, colour: 'red', contacts: [{ name: '王', age: 3 }] }, 'en', customerReadOnlyFields);
    expect(r).toEqual({ ok: false, fields: { colour: 'Unknown field.', 'contacts.0.age': 'Unknown field.' } });
  });

  it('names each bad field with its message in the caller language', () => {
    const r = validate(
      customerCreateSchema,
      { ...valid, creditCode: '91330100716105852A', contacts: [{ name: '王芳', phone: '12345', email: 'nope' }] },
      'en',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields.creditCode).toMatch(/credit code/);
    expect(r.fields['contacts.0.phone']).toMatch(/mobile/);
    expect(r.fields['contacts.0.email']).toMatch(/email/);
  });

  it('uses zod messages in Chinese for built-in checks', () => {
    const r = validate(customerCreateSchema, { ...valid, kind: 'friend' }, 'zh-CN');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fields.kind).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('allows at most one primary contact', () => {
    const r = validate(customerCreateSchema, { ...valid, contacts: [{ name: '甲', primary: true }, { name: '乙', primary: true }] }, 'zh-CN');
    expect(r).toEqual({ ok: false, fields: { contacts: '联系人中最多只能有一位主要联系人。' } });
  });
});

describe('customer patch schema', () => {
  it('accepts any one editable field', () => {
    expect(validate(customerPatchSchema, { notes: '新备注' }, 'zh-CN')).toEqual({ ok: true, value: { notes: '新备注' } });
  });
  it('refuses an empty patch and read-only fields', () => {
    expect(validate(customerPatchSchema, {}, 'en')).toEqual({ ok: false, fields: { _: 'Nothing to change: send at least one field.' } });
    expect(validate(customerPatchSchema, { version: 9 }, 'en', customerReadOnlyFields)).toEqual({
      ok: false,
      fields: { version: 'This field is maintained by the system and cannot be set.' },
    });
  });
});

describe('customer list query', () => {
  it('defaults the page size and coerces text numbers', () => {
    expect(validate(customerListQuerySchema, {}, 'en')).toEqual({ ok: true, value: { limit: 20 } });
    expect(validate(customerListQuerySchema, { limit: '50' }, 'en')).toEqual({ ok: true, value: { limit: 50 } });
  });
  it('refuses page sizes over 100 and unknown tiers', () => {
    expect(validate(customerListQuerySchema, { limit: '500' }, 'en').ok).toBe(false);
    expect(validate(customerListQuerySchema, { tier: 'gold' }, 'en').ok).toBe(false);
  });
});

describe('field messages people can act on', () => {
  it.each([
    ['zh-CN', { name: '至少 2 个字符。', creditCode: '此项必填。', kind: '请从可选项中选择一项。' }],
    ['en', { name: 'At least 2 characters.', creditCode: 'Required.', kind: 'Choose one of the options.' }],
  ] as const)('in %s', (lang, fields) => {
    expect(validate(customerCreateSchema, { name: 'x', kind: 'friend', creditRating: 'A' }, lang)).toEqual({ ok: false, fields });
  });
});
