import { describe, expect, it } from 'vitest';
import { compareNames, pinyinCollationWorks, sortByName } from '../../shared/name-order';

describe('names in pinyin order', () => {
  it('runs with full ICU here, as in Chromium', () => {
    expect(pinyinCollationWorks()).toBe(true);
  });

  it('sorts Chinese names by pinyin, not by character code', () => {
    const names = ['周婷', '王伟', '安娜', '李明', '阿里', '张三', '陈静'];
    // By code point 周 (U+5468) would come before 安 (U+5B89) and 阿 (U+963F) would be last.
    expect([...names].sort()).not.toEqual([...names].sort(compareNames));
    expect([...names].sort(compareNames)).toEqual(['阿里', '安娜', '陈静', '李明', '王伟', '张三', '周婷']);
  });

  it('sorts company names by pinyin of their first characters, numbers by value', () => {
    expect(['上海丙有限公司', '北京甲有限公司', '广州乙有限公司'].sort(compareNames)).toEqual([
      '北京甲有限公司',
      '广州乙有限公司',
      '上海丙有限公司',
    ]);
    expect(['客户10', '客户9', '客户1'].sort(compareNames)).toEqual(['客户1', '客户9', '客户10']);
  });

  it('puts Latin after Chinese, case-insensitively, and is total: equal only for the same string', () => {
    expect(['beta', '张三', 'Alpha'].sort(compareNames)).toEqual(['张三', 'Alpha', 'beta']);
    expect(compareNames('abc', 'ABC')).not.toBe(0);
    expect(compareNames('周婷', '周婷')).toBe(0);
  });

  it('sorts items by a name without changing the list given', () => {
    const people = [{ name: '周婷' }, { name: '安娜' }];
    expect(sortByName(people, (p) => p.name).map((p) => p.name)).toEqual(['安娜', '周婷']);
    expect(people[0]!.name).toBe('周婷');
  });
});
