import { describe, expect, it } from 'vitest';
import { seedUnits } from '../../shared/units';
import { defaultCreditGrades } from '../../shared/credit-grades';
import { cleanImportedPhone, parseCustomerRow } from '../../shared/imports/customer-row';
import { showIssue } from '../../shared/imports/row-report';

const good = { name: '宁波甬江新材料有限公司', creditCode: '91330100716105852F', kind: '主营业务客户', creditRating: 'AA' };

describe('reading a customer row', () => {
  it.each([
    ['主营业务客户', 'main-business'],
    ['非主营业务服务客户', 'service'],
    ['潜在客户', 'potential'],
    ['潜在', 'potential'],
    ['Main business', 'main-business'],
    ['service', 'service'],
    [' 潜在客户 ', 'potential'],
  ])('takes the kind “%s” as %s', (label, kind) => {
    expect(parseCustomerRow({ ...good, kind: label }, defaultCreditGrades, seedUnits).input?.kind).toBe(kind);
  });

  it('takes credit ratings in any case or width, units by Chinese or English name or id', () => {
    expect(parseCustomerRow({ ...good, creditRating: 'ａａａ' }, defaultCreditGrades, seedUnits).input?.creditRating).toBe('AAA');
    expect(parseCustomerRow({ ...good, unitId: '华北事业部' }, defaultCreditGrades, seedUnits).input?.unitId).toBe('north');
    expect(parseCustomerRow({ ...good, unitId: 'South China Division' }, defaultCreditGrades, seedUnits).input?.unitId).toBe('south');
    expect(parseCustomerRow({ ...good, unitId: 'east' }, defaultCreditGrades, seedUnits).input?.unitId).toBe('east');
  });

  it('normalises a credit code typed in lower case, with spaces or in full width', () => {
    expect(parseCustomerRow({ ...good, creditCode: ' 9133 0100 7161 0585 2f ' }, defaultCreditGrades, seedUnits).input?.creditCode).toBe('91330100716105852F');
    expect(parseCustomerRow({ ...good, creditCode: '９１３３０１００７１６１０５８５２Ｆ' }, defaultCreditGrades, seedUnits).input?.creditCode).toBe('91330100716105852F');
  });

  it('names each problem by its column: unknown labels, bad code, missing cells', () => {
    const labels = parseCustomerRow({ ...good, kind: '大客户', creditRating: 'AAAA', unitId: '西北' }, defaultCreditGrades, seedUnits);
    expect(labels.input).toBeUndefined();
    expect(labels.issues.map((i) => [i.column, i.code])).toEqual([
      ['kind', 'import.kindUnknown'],
      ['creditRating', 'import.ratingUnknown'],
      ['unitId', 'import.unitUnknown'],
    ]);
    expect(parseCustomerRow({ ...good, creditCode: '91330100716105852A' }, defaultCreditGrades, seedUnits).issues).toEqual([{ column: 'creditCode', severity: 'error', code: 'creditCode.invalid' }]);
    expect(parseCustomerRow({ name: '某公司' }, defaultCreditGrades, seedUnits).issues.map((i) => i.column)).toEqual(['creditCode', 'kind', 'creditRating']);
  });

  it('gives zod’s own checks in both languages, under the right column', () => {
    const { issues } = parseCustomerRow({ ...good, name: '甲' }, defaultCreditGrades, seedUnits);
    expect(issues).toHaveLength(1);
    expect(showIssue('customers', issues[0]!)).toMatchObject({
      column: 'name',
      columnLabel: { 'zh-CN': '客户名称', en: 'Company name' },
      message: { 'zh-CN': '至少 2 个字符。', en: 'At least 2 characters.' },
    });
  });

  it('makes the row’s contact the primary one, and needs its name', () => {
    const { input } = parseCustomerRow({ ...good, contactName: '李强', contactTitle: '采购经理', contactPhone: '138 1234 5678', contactEmail: 'li@example.cn' }, defaultCreditGrades, seedUnits);
    expect(input?.contacts).toEqual([{ name: '李强', title: '采购经理', phone: '13812345678', email: 'li@example.cn', primary: true }]);
    expect(parseCustomerRow({ ...good, contactPhone: '13812345678' }, defaultCreditGrades, seedUnits).issues).toEqual([{ column: 'contactName', severity: 'error', code: 'import.contactNameRequired' }]);
    expect(parseCustomerRow({ ...good, contactName: '李强', contactEmail: 'not-mail' }, defaultCreditGrades, seedUnits).issues).toEqual([{ column: 'contactEmail', severity: 'error', code: 'email.invalid' }]);
  });
});

describe('phones as typed in a spreadsheet', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086-13812345678', '13812345678'],
    ['（010）12345678', '010-12345678'],
    ['(0571) 8888 6666', '0571-88886666'],
    ['0571-88886666-801', '0571-88886666-801'],
  ])('cleans %s to %s, which the archive accepts', (typed, cleaned) => {
    expect(cleanImportedPhone(typed)).toBe(cleaned);
    expect(parseCustomerRow({ ...good, contactName: '王五', contactPhone: typed }, defaultCreditGrades, seedUnits).input?.contacts[0]?.phone).toBe(cleaned);
  });

  it.each(['12345', '2381234567', '138123456789', '010-123'])('refuses %s in the phone column', (typed) => {
    expect(parseCustomerRow({ ...good, contactName: '王五', contactPhone: typed }, defaultCreditGrades, seedUnits).issues).toEqual([{ column: 'contactPhone', severity: 'error', code: 'phone.invalid' }]);
  });
});
