import { describe, expect, it } from 'vitest';
import { customerColumns, isEnglishHeaderRow, mapHeaders } from '../../shared/imports/columns';
import { companyNameCore } from '../../shared/company-name';
import { sameCompanyLookupPrefix } from '../../shared/imports/name-prefix';

describe('reading the header row', () => {
  it('finds columns by Chinese or English heading, in any order, with a required star or a hint', () => {
    const { byIndex, missing } = mapHeaders('customers', ['备注', 'Unified social credit code', '客户名称*', '客户类型', '信用等级（AAA–C）', '其他']);
    expect(Object.fromEntries(byIndex)).toEqual({ 0: 'notes', 1: 'creditCode', 2: 'name', 3: 'kind', 4: 'creditRating' });
    expect(missing).toEqual([]);
  });

  it('names the required columns a file lacks', () => {
    expect(mapHeaders('customers', ['客户名称', '备注']).missing.map((c) => c.key)).toEqual(['creditCode', 'kind', 'creditRating']);
    expect(mapHeaders('orders', ['订单号', '金额（元）']).missing.map((c) => c['zh-CN'])).toEqual(['事件类型', '发生时间']);
  });

  it('recognises the template’s English heading row, and only that', () => {
    expect(isEnglishHeaderRow('customers', customerColumns.map((c) => c.en))).toBe(true);
    expect(isEnglishHeaderRow('customers', ['Shanghai Trading Co.', '91330100716105852F'])).toBe(false);
  });
});

describe('near-duplicate company names in an import', () => {
  it.each([
    ['杭州湾（宁波）智能装备有限公司', '杭州湾(宁波)智能装备'],
    ['宁波甬江新材料有限公司', '宁波甬江新材料股份有限公司'],
    ['宁波甬江新材料有限公司', '宁波 甬江新材料 有限责任公司'],
  ])('“%s” is found from a row reading “%s”: same core, and it starts with the row’s lookup prefix', (stored, typed) => {
    expect(companyNameCore(stored)).toBe(companyNameCore(typed));
    const prefix = sameCompanyLookupPrefix(typed);
    expect(Array.from(prefix).length).toBeGreaterThanOrEqual(2);
    expect(stored.startsWith(prefix)).toBe(true);
  });

  it('finds full-width and half-width spellings from each other', () => {
    const full = '杭州湾（宁波）智能装备有限公司';
    const half = '杭州湾(宁波)智能装备有限公司';
    expect(full.startsWith(sameCompanyLookupPrefix(half))).toBe(true);
    expect(half.startsWith(sameCompanyLookupPrefix(full))).toBe(true);
  });

  it('gives no lookup prefix for a name that does not start with Chinese characters', () => {
    expect(sameCompanyLookupPrefix('ABB（中国）有限公司')).toBe('');
    expect(sameCompanyLookupPrefix('（宁波）甬江')).toBe('');
  });
});
