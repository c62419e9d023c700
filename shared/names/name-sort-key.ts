import { gb2312Level1, gb2312Level2 } from './gb2312';

/**
 * A name's sort key for an index that orders by bytes (DynamoDB sort keys), so that a list read page by
 * page comes in pinyin order as people expect it (阿里, 安娜, 北京, 长城), like `shared/name-order.ts` sorts in
 * memory: numbers by value (客户9 before 客户10), spaces and punctuation first, then digits, Chinese, Latin
 * (case and accents ignored), other scripts. ICU's pinyin collation, which name-order.ts uses, gives no
 * bytes, so the key spells the order out: one token per character (a run of digits is one token), tokens
 * joined by `-`, which sorts below every character a token holds, so a shorter name sorts before its
 * continuations and tokens compare whole:
 * - a common Chinese character (GB2312 level 1, in pinyin order): `3<its position, 4 digits>`;
 *   a less common one (GB2312 level 2, by radical) after them, in GB2312's order: the customary pinyin sort
 *   of Chinese software (MySQL's `ORDER BY CONVERT(name USING gbk)`), with no table in the bundle (a table
 *   placing level 2 by pinyin cost 6 KB the biggest functions no longer had under 600 KB). One place per
 *   character, GB2312's: 重庆 sorts under zhong, 厦门 under xia, 曾 under zeng; and a prefix of a
 *   name has a prefix of its key. Any other Chinese character: `4<hex>`, after these.
 * - digits `2<count, 3 digits><digits without leading zeros>`: 9 → `20019`, 10 → `200210`, 007 → `20017`.
 * - Latin letter `5<a–z>` (lower case, accents dropped; another Latin letter `5z~<hex>`, after z).
 * - punctuation and symbols `1<hex>`; anything else `6<hex>`; white space is left out.
 * The key stops at a token boundary within `maxKeyLength` characters, so a 100-character name's index
 * key stays far below DynamoDB's 1,024 bytes; names equal that far are ordered by what follows the key
 * in the index (the name itself, then the id).
 */
export const maxKeyLength = 300;

export function nameSortKey(name: string): string {
  const tokens: string[] = [];
  let length = 0;
  for (const token of nameTokens(name)) {
    const added = (tokens.length ? 1 : 0) + token.length;
    if (length + added > maxKeyLength) break;
    tokens.push(token);
    length += added;
  }
  return tokens.join('-');
}

function* nameTokens(name: string): Generator<string> {
  const chars = Array.from(name.normalize('NFKC').toLowerCase());
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (/\s/u.test(char)) continue;
    if (/[0-9]/.test(char)) {
      let run = char;
      while (i + 1 < chars.length && /[0-9]/.test(chars[i + 1]!)) run += chars[++i];
      const value = run.replace(/^0+(?=.)/, '');
      yield `2${String(value.length).padStart(3, '0')}${value}`;
      continue;
    }
    yield charToken(char);
  }
}

function charToken(char: string): string {
  const chinese = chineseTokens().get(char);
  if (chinese) return chinese;
  if (/\p{Script=Han}/u.test(char)) return `4${hex(char)}`;
  if (/\p{Script=Latin}/u.test(char)) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    return /^[a-z]$/.test(bare) ? `5${bare}` : `5z~${hex(char)}`;
  }
  if (/[\p{P}\p{S}]/u.test(char)) return `1${hex(char)}`;
  return `6${hex(char)}`;
}

let chineseTokenMap: Map<string, string> | undefined;

/** The token of each GB2312 character, made on first use (6,763 entries, a few milliseconds). */
function chineseTokens(): Map<string, string> {
  if (chineseTokenMap) return chineseTokenMap;
  const pad = (n: number) => String(n).padStart(4, '0');
  chineseTokenMap = new Map([
    ...gb2312Level1().map((char, i) => [char, `3${pad(i)}`] as const),
    ...gb2312Level2().map((char, i) => [char, `3${pad(3755 + i)}`] as const),
  ]);
  return chineseTokenMap;
}

const hex = (char: string) => char.codePointAt(0)!.toString(16).padStart(6, '0');
