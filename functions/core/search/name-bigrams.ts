import { searchText } from '#shared/search-text';

/**
 * How many distinct bigrams of one name are indexed. A name has at most 99 (100 characters), but a
 * customer's index items are written in the customer's own transaction, which DynamoDB caps at 100
 * items, and a rename that also moves the unit and changes every phone rewrites all of them (delete
 * old, put new). Per customer: ≤ 24 bigram items + 1 overflow item + ≤ 20 phone items = 45; twice that
 * plus the record, its credit-code guard (claim + release, or the restore check) and its history entry
 * is 95 ≤ 100. Company names are almost always shorter than 25 characters, so almost every name is
 * indexed whole.
 */
export const maxIndexedBigrams = 24;

export interface NameGrams {
  /** Distinct bigrams of the name's search form, in order of first appearance, at most `maxIndexedBigrams`. */
  bigrams: string[];
  /**
   * True when the name has more distinct bigrams than are indexed. Such a name is also listed in its
   * unit's overflow partition, which every name search reads too (with the substring filter), so a
   * search for text near the end of a very long name still finds it.
   */
  overflow: boolean;
}

/** Every bigram (two consecutive characters, by code point) of a text, in order, repeats included. */
export function bigramsOf(text: string): string[] {
  const chars = Array.from(text);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** The index entries of a name: distinct bigrams of its search form, capped (see `maxIndexedBigrams`). */
export function nameGrams(name: string): NameGrams {
  const distinct = [...new Set(bigramsOf(searchText(name)))];
  return { bigrams: distinct.slice(0, maxIndexedBigrams), overflow: distinct.length > maxIndexedBigrams };
}

/**
 * Bigrams that appear in a large share of company names: legal forms, the commonest places and
 * trades. Looking one of these up reads a large partition, so a query uses any other of its bigrams
 * first. (Counting bigrams as names are written would make every create update the same hot counter
 * items; a fixed list is good enough, and a poor choice costs reads, never results.) Most common first.
 */
const commonBigrams = [
  '公司', '有限', '限公', '责任', '任公', '股份', '份有', '集团', '团有', '科技', '技有', '技术', '术有', '信息', '息技',
  '发展', '展有', '贸易', '易有', '实业', '业有', '管理', '理有', '服务', '务有', '工程', '程有', '建设', '设有', '投资',
  '资有', '咨询', '询有', '电子', '子有', '网络', '络科', '文化', '化传', '传媒', '媒有', '物流', '流有', '商贸', '国际',
  '际贸', '制造', '造有', '设备', '备有', '材料', '料有', '中国', '上海', '北京', '深圳', '广州', '杭州', '南京', '苏州',
  '天津', '成都', '武汉', '重庆', '西安', '环保', '能源', '源有', '医药', '药有', '食品', '品有', '机械', '械有', '汽车',
  '进出', '出口', '口有', '销售', '售有', '新材', '智能', '能科', '数据', '软件', '件有', '开发', '发有', '分公', '(集',
  '团)', ')有', '(中', '国)',
];
const commonness = new Map(commonBigrams.map((b, i) => [b, commonBigrams.length - i]));

/**
 * The bigram a name search looks up: every name containing the query contains each of its bigrams,
 * so any one will do, and the rarest reads the fewest index items. A bigram not on the common list
 * beats any on it; among those on it, the least common; ties go to the earliest in the query.
 * Undefined for a query shorter than two characters (those use a filtered read instead).
 */
export function queryBigram(query: string): string | undefined {
  const grams = bigramsOf(searchText(query));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const g of grams) {
    const score = commonness.get(g) ?? 0;
    if (score < bestScore) {
      best = g;
      bestScore = score;
    }
  }
  return best;
}
