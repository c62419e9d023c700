import { creditCodeCheckChar } from '#shared/credit-code';
import type { CustomerView } from '#shared/customer-view';
import { describe, expect, it } from 'vitest';
import { inputFromModel, isFormField, modelFromCustomer, patchFrom, validateModel } from '../../web/src/views/customers/customer-form-model';

const first17 = '91310000MA1FL0000';
const validCode = first17 + creditCodeCheckChar(first17);
const required = { fill: 'REQUIRED', choose: 'CHOOSE', nameTooLong: (p: { limit: number; length: number }) => `TOO LONG ${p.length}/${p.limit}` };

const customer = (overrides: Partial<CustomerView> = {}): CustomerView => ({
  id: 'c1',
  name: '上海测试科技有限公司',
  creditCode: validCode,
  kind: 'main-business',
  tier: 'vip',
  annualAmountFen: 1234500,
  creditRating: 'AA',
  unitId: 'east',
  ownerId: 'east.staff',
  contacts: [],
  notes: '',
  legalRepresentative: '张建国',
  region: '上海市浦东新区',
  businessLicence: { registeredCapital: '5000万元人民币', establishedOn: '2008-05-12' },
  taxRegistration: { taxpayerType: 'general', bankAccount: '1001234567890123456' },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  createdBy: 'east.staff',
  updatedBy: 'east.staff',
  version: 3,
  maskedSections: [],
  contactDetailsMasked: false,
  ...overrides,
});

function saved(model: ReturnType<typeof modelFromCustomer>) {
  const result = validateModel(model, 'zh-CN', true, required);
  if (!result.ok) throw new Error(JSON.stringify(result.fields));
  return result.value;
}

describe('the form’s legal qualification and licence details (R2)', () => {
  it('fills the boxes from the record and sends back only non-blank details', () => {
    const model = modelFromCustomer(customer());
    expect(model.licence).toEqual({ registeredCapital: '5000万元人民币', establishedOn: '2008-05-12', validUntil: '', registrationAuthority: '', businessScope: '' });
    expect(inputFromModel(model)).toMatchObject({
      legalRepresentative: '张建国',
      registeredAddress: '',
      businessLicence: { registeredCapital: '5000万元人民币', establishedOn: '2008-05-12' },
      taxRegistration: { taxpayerType: 'general', bankAccount: '1001234567890123456' },
    });
  });

  it('patches nothing when nothing was touched, even with a bank account typed with spaces before', () => {
    const original = customer();
    expect(patchFrom(saved(modelFromCustomer(original)), original)).toEqual({});
  });

  it('patches exactly what changed: a new detail, a cleared representative, a cleared licence', () => {
    const original = customer();
    const model = modelFromCustomer(original);
    model.tax.bankName = '中国工商银行上海张江支行';
    model.legalRepresentative = '';
    model.licence = { registeredCapital: '', establishedOn: '', validUntil: null as unknown as string, registrationAuthority: '', businessScope: '' };
    expect(patchFrom(saved(model), original)).toEqual({
      legalRepresentative: '',
      businessLicence: {},
      taxRegistration: { taxpayerType: 'general', bankName: '中国工商银行上海张江支行', bankAccount: '1001234567890123456' },
    });
  });

  it('shows the schema’s messages next to the boxes', () => {
    const model = modelFromCustomer(customer());
    model.tax.bankAccount = '12-34';
    const result = validateModel(model, 'en', true, required);
    expect(result).toEqual({ ok: false, fields: { 'taxRegistration.bankAccount': 'A bank account number has 6–32 digits.' } });
    for (const path of ['legalRepresentative', 'registeredAddress', 'region', 'businessLicence.validUntil', 'taxRegistration.bankAccount']) expect(isFormField(path), path).toBe(true);
  });
});
