import { describe, expect, it } from 'vitest';
import { level1Syllables, pinyinTableOnDisk, pinyinTableText, syllable } from '../../infra/ops/pinyin-table-file';
import { gb2312Level1, gb2312Level2, gbkDecodingWorks } from '../../shared/names/gb2312';
import { gbOrderNameSortKey, maxKeyLength, nameSortKey } from '../../shared/names/name-sort-key';
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

  it('puts a less common character (GB2312 level 2) among the common ones by its pinyin', () => {
    // 蔺 lin, 亓 qi, 琪 qi, 鑫 xin, 岑 cen, 麟 lin are level 2, ordered there by radical.
    expect(byKey(['刘', '蔺', '林', '灵'])).toEqual(['林', '蔺', '灵', '刘']);
    expect(byKey(['恰', '亓', '起', '琪', '七'])).toEqual(['七', '起', '亓', '琪', '恰']);
    expect(byKey(['周鑫', '鑫源', '星光', '新华', '信达', '琪琪', '七星'])).toEqual(['七星', '琪琪', '新华', '信达', '鑫源', '星光', '周鑫']);
    // cen has no common character: after ce's, less common ones too (恻), before ceng (层).
    expect(byKey(['层', '岑', '测', '恻'])).toEqual(['测', '恻', '岑', '层']);
    expect(byKey(['蔺氏', '林', '林海', '麟'])).toEqual(['林', '林海', '蔺氏', '麟']);
  });

  it('sorts every GB2312 character, common or less common, by pinyin syllable (pinyin-pro, as GB2312 reads level 1)', () => {
    const level1 = level1Syllables();
    const all = [...gb2312Level1().map((char, i) => ({ char, syllable: level1[i]! })), ...gb2312Level2().map((char) => ({ char, syllable: syllable(char) }))];
    expect(all).toHaveLength(6763);
    const sorted = all.map((c) => ({ ...c, key: nameSortKey(c.char) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    expect(new Set(sorted.map((c) => c.key)).size).toBe(6763);
    const outOfOrder = sorted.filter((c, i) => i > 0 && sorted[i - 1]!.syllable > c.syllable).map((c) => `${c.char} ${c.syllable}`);
    expect(outOfOrder).toEqual([]);
  });

  it('keeps the key of a name without a less common character as it was before they were placed by pinyin', () => {
    expect(gbOrderNameSortKey('北京甲有限公司')).toBe(nameSortKey('北京甲有限公司'));
    expect(gbOrderNameSortKey('蔺氏家具')).not.toBe(nameSortKey('蔺氏家具'));
    // Then level 2 came after all of level 1, in GB2312's order (by radical).
    expect(gbOrderNameSortKey('蔺') > gbOrderNameSortKey('座')).toBe(true);
  });

  it('comes from the committed table, which is what pinyin-pro generates (npm run pinyin-table)', () => {
    expect(pinyinTableOnDisk()).toBe(pinyinTableText());
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
