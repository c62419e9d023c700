import { describe, expect, it } from 'vitest';
import { gbkDecodingWorks } from '../../shared/names/gb2312';
import { maxKeyLength, nameSortKey } from '../../shared/names/name-sort-key';
import { compareNames } from '../../shared/name-order';

/** The order DynamoDB gives sort keys: by their UTF-8 bytes. */
const byKey = (names: readonly string[]) =>
  [...names].sort((a, b) => Buffer.compare(Buffer.from(nameSortKey(a)), Buffer.from(nameSortKey(b))) || Buffer.compare(Buffer.from(a), Buffer.from(b)));

describe('a name sort key in pinyin order, for byte-ordered indexes', () => {
  it('puts 阿里 before 安娜 before 北京 before 长城, which character codes do not', () => {
    const names = ['长城', '北京', '安娜', '阿里'];
    expect(byKey(names)).toEqual(['阿里', '安娜', '北京', '长城']);
    expect([...names].sort()).not.toEqual(['阿里', '安娜', '北京', '长城']);
  });

  it('runs where a GBK decoder is (full ICU, as Node and Lambda have it)', () => {
    expect(gbkDecodingWorks()).toBe(true);
  });

  it('compares syllable by syllable: 西安 (xi an) before 先 (xian), a before ai', () => {
    expect(byKey(['先锋', '西安'])).toEqual(['西安', '先锋']);
    expect(byKey(['爱华', '阿姨'])).toEqual(['阿姨', '爱华']);
  });

  it('sorts numbers by value, digits before Chinese, Latin after Chinese, ignoring case, width and spaces', () => {
    expect(byKey(['客户10', '客户9', '客户1'])).toEqual(['客户1', '客户9', '客户10']);
    expect(byKey(['beta', '张三', 'Alpha', '3M中国', '北京'])).toEqual(['3M中国', '北京', '张三', 'Alpha', 'beta']);
    expect(nameSortKey('ＡＢＣ１２')).toBe(nameSortKey('abc12'));
    expect(nameSortKey('Abc 公司')).toBe(nameSortKey('abc公司'));
    expect(nameSortKey('Café')).toBe(nameSortKey('cafe'));
  });

  it('agrees with the in-memory order (ICU pinyin collation) on names without polyphonic characters (ICU files 厦 under sha)', () => {
    const names = [
      '周婷', '王伟', '安娜', '李明', '阿里', '张三', '陈静', '上海丙有限公司', '北京甲有限公司', '广州乙有限公司',
      '杭州西溪云数信息技术有限公司', '深圳市腾飞电子有限公司', '成都天府软件园', '武汉光谷生物城', '南京钢铁股份有限公司',
      '苏州工业园区', '天津港集团', '青岛啤酒股份有限公司', '大连万达', '客户2', '客户12', 'Alpha', 'beta',
    ];
    expect(byKey(names)).toEqual([...names].sort(compareNames));
  });

  it('files each character once, where GB2312 does, so a prefix of a name has a prefix of its key', () => {
    // Polyphonic characters: 重庆 under zhong, 厦门 under xia, the surname 曾 under zeng.
    expect(byKey(['重庆钢铁', '张家港', '中国银行'])).toEqual(['张家港', '中国银行', '重庆钢铁']);
    expect(byKey(['先锋', '厦门航空', '西安'])).toEqual(['西安', '厦门航空', '先锋']);
    expect(byKey(['张三', '曾小明', '陈静'])).toEqual(['陈静', '曾小明', '张三']);
    expect(nameSortKey('北京甲有限公司').startsWith(`${nameSortKey('北京甲')}-`)).toBe(true);
  });

  it('puts a less common character (GB2312 level 2) after the common ones, in GB2312 order', () => {
    // 鑫 (xin) and 琪 (qi) are level 2.
    expect(byKey(['鑫源', '周鑫', '新华'])).toEqual(['新华', '周鑫', '鑫源']);
  });

  it('gives a Chinese character outside the table, punctuation and other scripts a place of their own', () => {
    expect(byKey(['㐀公司', '北京', '(北京)', 'Zeta', 'Мир'])).toEqual(['(北京)', '北京', '㐀公司', 'Zeta', 'Мир']);
  });

  it('stays short enough for a sort key: at most 300 characters, cut between tokens', () => {
    const long = '中'.repeat(100);
    const key = nameSortKey(long);
    expect(key.length).toBeLessThanOrEqual(maxKeyLength);
    expect(key.endsWith(nameSortKey('中'))).toBe(true);
    expect(nameSortKey('9'.repeat(100))).toBe(`2100${'9'.repeat(100)}`);
  });
});
