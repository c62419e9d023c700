import { creditCodeCheckChar } from '#shared/credit-code';
import type { CustomerView } from '#shared/customer-view';
import { describe, expect, it } from 'vitest';
import {
  emptyContact,
  emptyModel,
  inputFromModel,
  isFormField,
  modelFromCustomer,
  patchFrom,
  validateModel,
  type CustomerFormModel,
} from '../../web/src/views/customers/customer-form-model';
import { withFieldChecked } from '../../web/src/views/field-check';

const first17 = '91310000MA1FL0000';
const validCode = first17 + creditCodeCheckChar(first17);
const required = { fill: 'REQUIRED', choose: 'CHOOSE', nameTooLong: (p: { limit: number; length: number }) => `TOO LONG ${p.length}/${p.limit}` };

function filledModel(overrides: Partial<CustomerFormModel> = {}): CustomerFormModel {
  return {
    ...emptyModel({ unitId: 'east', ownerId: 'east.staff' }),
    name: '上海测试科技有限公司',
    creditCode: validCode,
    kind: 'main-business',
    creditRating: 'AA',
    ...overrides,
  };
}

function customer(overrides: Partial<CustomerView> = {}): CustomerView {
  return {
    id: 'c1',
    name: '上海测试科技有限公司',
    creditCode: validCode,
    kind: 'main-business',
    tier: 'general',
    annualAmountFen: 1234500,
    creditRating: 'AA',
    unitId: 'east',
    ownerId: 'east.staff',
    contacts: [{ name: '王经理', phone: '13812345678', primary: true }],
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'east.staff',
    updatedBy: 'east.staff',
    version: 1,
    maskedSections: [],
    contactDetailsMasked: false,
    ...overrides,
  };
}

describe('the request body built from the form', () => {
  it('leaves out choices not made and blank optional contact fields', () => {
    const model = filledModel({ kind: '', ownerId: '', contacts: [{ ...emptyContact(), name: '李四', email: ' ' }] });

    const input = inputFromModel(model);

    expect(input).not.toHaveProperty('kind');
    expect(input).not.toHaveProperty('ownerId');
    expect(input.contacts).toEqual([{ name: '李四' }]);
  });
});

describe('validating the form with the shared schema', () => {
  it('accepts a complete form and normalizes the credit code', () => {
    const result = validateModel(filledModel({ creditCode: validCode.toLowerCase() }), 'zh-CN', false, required);

    expect(result.ok).toBe(true);
    expect(result.ok && result.value.creditCode).toBe(validCode);
  });

  it('names blank required fields with the plain required text', () => {
    const result = validateModel(emptyModel(), 'zh-CN', false, required);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.fields).toMatchObject({ name: 'REQUIRED', creditCode: 'REQUIRED', kind: 'CHOOSE', creditRating: 'CHOOSE' });
  });

  it('shows the shared credit-code message in the UI language', () => {
    const wrong = validCode.slice(0, 17) + (validCode[17] === '0' ? '1' : '0');

    const zh = validateModel(filledModel({ creditCode: wrong }), 'zh-CN', false, required);
    const en = validateModel(filledModel({ creditCode: wrong }), 'en', false, required);

    expect(!zh.ok && zh.fields.creditCode).toBe('统一社会信用代码无效（应为 18 位且校验位正确）。');
    expect(!en.ok && en.fields.creditCode).toMatch(/^Not a valid unified social credit code/);
  });

  it('asks roles that see every unit to choose the unit', () => {
    const result = validateModel(filledModel({ unitId: '' }), 'en', true, required);

    expect(!result.ok && result.fields.unitId).toBe('Choose the owning business unit.');
  });

  it('points a contact error at the contact and field', () => {
    const model = filledModel({ contacts: [{ ...emptyContact(), name: '李四', phone: '12345' }] });

    const result = validateModel(model, 'zh-CN', false, required);

    expect(!result.ok && Object.keys(result.fields)).toEqual(['contacts.0.phone']);
  });
});

describe('the PATCH body of an edit', () => {
  it('holds only the fields the user changed', () => {
    const loaded = customer();
    const model = modelFromCustomer(loaded);
    model.notes = '展会上认识';
    const checked = validateModel(model, 'zh-CN', false, required);
    if (!checked.ok) throw new Error(JSON.stringify(checked.fields));

    expect(patchFrom(checked.value, loaded)).toEqual({ notes: '展会上认识' });
  });

  it('is empty when nothing changed, even where the form and the record spell things differently', () => {
    const loaded = customer({ contacts: [{ name: '王经理', phone: '13812345678', primary: false }] });
    const model = modelFromCustomer(loaded);
    model.creditCode = model.creditCode.toLowerCase();
    const checked = validateModel(model, 'zh-CN', false, required);
    if (!checked.ok) throw new Error(JSON.stringify(checked.fields));

    expect(patchFrom(checked.value, loaded)).toEqual({});
  });

  it('sends the whole contact list when one contact changes', () => {
    const loaded = customer();
    const model = modelFromCustomer(loaded);
    model.contacts.push({ ...emptyContact(), name: '赵六' });
    const checked = validateModel(model, 'zh-CN', false, required);
    if (!checked.ok) throw new Error(JSON.stringify(checked.fields));

    expect(patchFrom(checked.value, loaded)).toEqual({
      contacts: [{ name: '王经理', phone: '13812345678', primary: true }, { name: '赵六' }],
    });
  });
});

describe('which server field errors the form can show in place', () => {
  it.each([
    ['creditCode', true],
    ['contacts', true],
    ['contacts.2.email', true],
    ['tier', false],
    ['contacts.0.fax', false],
    ['_', false],
  ])('%s → %s', (path, shown) => {
    expect(isFormField(path)).toBe(shown);
  });
});

describe('the name over its limit (issue 13)', () => {
  it('is refused with the limit and the count, not cut', () => {
    const long = '华'.repeat(130);
    const result = validateModel(filledModel({ name: long }), 'zh-CN', false, required);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields.name).toBe('TOO LONG 130/100');
    expect(inputFromModel(filledModel({ name: long })).name).toBe(long);
  });
});

describe('checking a field when it is left (issue 13)', () => {
  it('shows that field’s message and leaves the others as they are', () => {
    const checked = validateModel(filledModel({ name: '', creditCode: 'bad' }), 'zh-CN', false, required);
    const shown = withFieldChecked({}, 'name', checked);
    expect(shown).toEqual({ name: 'REQUIRED' });
  });

  it('clears the message of a field put right', () => {
    const checked = validateModel(filledModel({ creditCode: 'bad' }), 'zh-CN', false, required);
    expect(withFieldChecked({ name: 'REQUIRED', creditCode: 'x' }, 'name', checked)).toEqual({ creditCode: 'x' });
  });
});
