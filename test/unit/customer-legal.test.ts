import { describe, expect, it } from 'vitest';
import { seedUnits } from '../../shared/units';
import { exportColumnsFor, exportRow, exportVisibility } from '../../shared/customer-export';
import { defaultCreditGrades } from '../../shared/credit-grades';
import { parseCustomerRow } from '../../shared/imports/customer-row';
import type { Customer } from '../../shared/schemas/customer.schema';
import { customerCreateSchema, customerPatchSchema } from '../../shared/schemas/customer.schema';
import { validate } from '../../shared/validation';
import { withoutBlankLegalFields } from '../../functions/customers/use-cases/legal-fields';

const valid = { name: '上海浦江精密机械有限公司', creditCode: '91330100716105852F', kind: 'main-business', creditRating: 'AA' };

describe('the legal qualification of a customer (R2)', () => {
  it('takes the representative, address, region, licence and tax details, trimmed', () => {
    const r = validate(
      customerCreateSchema,
      {
        ...valid,
        legalRepresentative: ' 张建国 ',
        registeredAddress: '上海市浦东新区张江路 88 号',
        region: '上海市浦东新区',
        businessLicence: { registeredCapital: '5000万元人民币', establishedOn: '2008-05-12', registrationAuthority: '上海市市场监督管理局', businessScope: '精密机械制造' },
        taxRegistration: { taxpayerType: 'general', bankName: '中国工商银行上海张江支行', bankAccount: '1001 2345 6789 0123 456', invoiceAddressPhone: '上海市浦东新区张江路 88 号 021-58881234' },
      },
      'zh-CN',
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      legalRepresentative: '张建国',
      region: '上海市浦东新区',
      businessLicence: { registeredCapital: '5000万元人民币', establishedOn: '2008-05-12' },
      taxRegistration: { taxpayerType: 'general', bankAccount: '1001234567890123456' },
    });
    // No end date: the licence runs without a term (长期).
    expect(r.value.businessLicence).not.toHaveProperty('validUntil');
  });

  it('leaves blank licence and tax details out, so a form of empty boxes stores nothing', () => {
    const r = validate(customerPatchSchema, { businessLicence: { registeredCapital: '', establishedOn: '', validUntil: '' }, taxRegistration: { taxpayerType: '', bankAccount: ' ' } }, 'en');
    expect(r).toEqual({ ok: true, value: { businessLicence: {}, taxRegistration: {} } });
    expect(withoutBlankLegalFields({ legalRepresentative: '', region: '华东', businessLicence: {}, taxRegistration: { bankName: '工行' } })).toEqual({
      region: '华东',
      taxRegistration: { bankName: '工行' },
    });
  });

  it('names each bad detail by its path, in the caller’s language', () => {
    const r = validate(
      customerPatchSchema,
      { businessLicence: { establishedOn: '2020-02-30', validUntil: '2019-01-01' }, taxRegistration: { bankAccount: '12-34', taxpayerType: 'big' } },
      'zh-CN',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.fields['businessLicence.establishedOn']).toBe('请输入有效日期（如 2026-03-01）。');
    expect(r.fields['taxRegistration.bankAccount']).toBe('银行账号应为 6–32 位数字。');
    expect(r.fields['taxRegistration.taxpayerType']).toBeDefined();

    const backwards = validate(customerPatchSchema, { businessLicence: { establishedOn: '2020-01-01', validUntil: '2019-12-31' } }, 'en');
    expect(backwards).toEqual({ ok: false, fields: { 'businessLicence.validUntil': 'The licence cannot end before the company was established.' } });
  });

  it('refuses fields it does not know inside the licence', () => {
    const r = validate(customerPatchSchema, { businessLicence: { number: 'X' } }, 'en');
    expect(r).toEqual({ ok: false, fields: { 'businessLicence.number': 'Unknown field.' } });
  });
});

describe('the legal qualification in Excel', () => {
  it('is read from the import’s last three columns, blank cells left out', () => {
    const row = { name: '宁波甬江新材料有限公司', creditCode: '91330100716105852F', kind: '主营业务客户', creditRating: 'AA' };
    const filled = parseCustomerRow({ ...row, legalRepresentative: ' 李明 ', registeredAddress: '浙江省宁波市江北区', region: '' }, defaultCreditGrades, seedUnits);
    expect(filled.issues).toEqual([]);
    expect(filled.input).toMatchObject({ legalRepresentative: '李明', registeredAddress: '浙江省宁波市江北区' });
    expect(filled.input).not.toHaveProperty('region');
    const tooLong = parseCustomerRow({ ...row, legalRepresentative: '李'.repeat(51) }, defaultCreditGrades, seedUnits);
    expect(tooLong.issues.map((i) => i.column)).toEqual(['legalRepresentative']);
  });

  it('is exported as basic columns, with or without a purpose; licence and tax details are not exported', () => {
    const customer = {
      id: 'C1', name: '宁波甬江新材料有限公司', creditCode: '91330100716105852F', kind: 'main-business', tier: 'vip', annualAmountFen: 0, creditRating: 'AA',
      unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '', legalRepresentative: '李明', region: '宁波',
      businessLicence: { registeredCapital: '1亿元' }, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      createdBy: 'x', updatedBy: 'x', version: 1,
    } satisfies Customer;
    expect(exportColumnsFor(undefined).map((c) => c.key)).toEqual(expect.arrayContaining(['legalRepresentative', 'registeredAddress', 'region']));
    const row = exportRow(customer, exportVisibility(customer, { id: 'sales.head', role: 'sales-head' }), seedUnits);
    expect(row).toMatchObject({ legalRepresentative: '李明', registeredAddress: '', region: '宁波' });
    expect(Object.values(row)).not.toContain('1亿元');
  });
});
