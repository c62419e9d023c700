/**
 * How names are sorted wherever people see them in order: Chinese by pinyin (阿里 before 安娜 before
 * 周婷), as Chinese users expect, not by character code (which puts 周 before 阿). Latin names follow
 * the Chinese ones, case-insensitively; a tie is broken by code point so the order is total.
 * Needs full ICU (Node's default build, Chromium): `pinyinCollationWorks` tells whether it is there.
 */
const collator = new Intl.Collator('zh-CN-u-co-pinyin', { sensitivity: 'base', numeric: true });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Sorts by a name taken from each item, without changing the given list. */
export function sortByName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return [...items].sort((x, y) => compareNames(nameOf(x), nameOf(y)));
}

/** Whether this runtime sorts by pinyin (a small-ICU build would fall back to code points). */
export function pinyinCollationWorks(): boolean {
  return compareNames('阿', '周') < 0 && compareNames('周', '安') > 0;
}
