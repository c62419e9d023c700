import { describe, expect, it } from 'vitest';
import { companyNameCore, hasIdentifyingCore, isNearDuplicateName } from '../../shared/company-name';
import { searchText } from '../../shared/search-text';

describe('the core of a company name', () => {
  it.each([
    ['杭州西溪云数信息技术有限公司', '杭州西溪云数信息技术'],
    ['南京紫金新材料股份有限公司', '南京紫金新材料'],
    ['深圳某某有限责任公司', '深圳某某'],
    ['宁波港城物流集团有限公司', '宁波港城物流'],
    ['宁波港城物流集团', '宁波港城物流'],
    ['广州越秀（集团）有限公司', '广州越秀'],
    ['阿里巴巴（中国）有限公司', '阿里巴巴'],
    ['阿里巴巴(中国)', '阿里巴巴'],
    ['ＡＢＣ 科技 有限公司', 'abc科技'],
    ['Foo Trading Co., Ltd.', 'footrading'],
  ])('%s → %s', (name, core) => {
    expect(companyNameCore(name)).toBe(core);
  });

  it('keeps a branch its own core: it is another registered entity', () => {
    expect(companyNameCore('中国银行股份有限公司上海分行')).toBe('中国银行股份有限公司上海分行');
  });

  it('never strips a name to less than two characters', () => {
    expect(companyNameCore('集团有限公司')).toBe('集团');
    expect(companyNameCore('有限公司')).toBe('有限');
  });

  it('is a prefix of the name’s search form, so a substring search for it finds the name', () => {
    for (const name of ['阿里巴巴（中国）有限公司', '广州越秀【集团】有限公司', 'ＡＢＣ 科技 有限公司', '宁波港城物流集团有限公司']) {
      expect(searchText(name).startsWith(companyNameCore(name))).toBe(true);
    }
  });
});

describe('near-duplicate names', () => {
  it('match with and without the legal form, with either bracket or letter width, with stray spaces', () => {
    expect(isNearDuplicateName('杭州西溪云数信息技术有限公司', '杭州西溪云数信息技术')).toBe(true);
    expect(isNearDuplicateName('广州越秀（集团）有限公司', '广州越秀(集团)有限公司')).toBe(true);
    expect(isNearDuplicateName('ＡＢＣ科技有限公司', 'abc 科技股份有限公司')).toBe(true);
    expect(isNearDuplicateName('杭州 西溪云数 有限公司', '杭州西溪云数有限责任公司')).toBe(true);
  });

  it('do not match different companies', () => {
    expect(isNearDuplicateName('杭州西溪云数有限公司', '杭州西溪云帆有限公司')).toBe(false);
    expect(isNearDuplicateName('中国银行股份有限公司', '中国银行股份有限公司上海分行')).toBe(false);
  });
});

describe('a name worth comparing', () => {
  it('has more than legal-form words', () => {
    expect(hasIdentifyingCore('杭州西溪有限公司')).toBe(true);
    expect(hasIdentifyingCore('西溪')).toBe(true);
    for (const name of ['公司', '有限公司', '集团有限公司', '股份有限公司', 'Co., Ltd.', '司']) expect(hasIdentifyingCore(name), name).toBe(false);
  });
});
