import { gb2312Level1, gb2312Level2 } from './gb2312';
import { ownSyllable } from './gb2312-level2-places';
import { level2Places } from './level2-places';

/**
 * A name's sort key for an index that orders by bytes (DynamoDB sort keys), so that a list read page by
 * page comes in pinyin order as people expect it (阿里, 安娜, 北京, 长城), like `shared/name-order.ts` sorts in
 * memory: numbers by value (客户9 before 客户10), spaces and punctuation first, then digits, Chinese, Latin
 * (case and accents ignored), other scripts. ICU's pinyin collation, which name-order.ts uses, gives no
 * bytes, so the key spells the order out: one token per character (a run of digits is one token), tokens
 * joined by `-`, which sorts below every character a token holds, so a shorter name sorts before its
 * continuations and tokens compare whole:
 * - a common Chinese character (GB2312 level 1, in pinyin order): `3<its position, 4 digits>`;
 *   a less common one (GB2312 level 2, ordered there by radical): `3<the level-1 position it follows by
 *   pinyin>x<its own, 4 digits>`, at the end of its syllable (蔺 lin after 林, before 灵 ling and 刘 liu;
 *   shared/names/level2-places.ts), `y` instead of `x` for the six of a syllable level 1 lacks (岑 cen
 *   after 恻 ce). One place per character, GB2312's for level 1: 重庆 sorts under zhong,
 *   厦门 under xia, 曾 under zeng; and a prefix of a name has a prefix of its key (but a key's prefix may
 *   end inside a level-2 token: `keys.customerNamePrefix` reads a range that stops at token boundaries).
 *   Any other Chinese character: `4<hex>`, after these.
 * - digits `2<count, 3 digits><digits without leading zeros>`: 9 → `20019`, 10 → `200210`, 007 → `20017`.
 * - Latin letter `5<a–z>` (lower case, accents dropped; another Latin letter `5z~<hex>`, after z).
 * - punctuation and symbols `1<hex>`; anything else `6<hex>`; white space is left out.
 * The key stops at a token boundary within `maxKeyLength` characters, so a 100-character name's index
 * key stays far below DynamoDB's 1,024 bytes; names equal that far are ordered by what follows the key
 * in the index (the name itself, then the id).
 */
export const maxKeyLength = 300;

export function nameSortKey(name: string): string {
  return keyOf(name, chineseTokens());
}

/**
 * The key as it was made before level 2 was placed by pinyin (level 2 after all of level 1, in GB2312's
 * order: `3<3755 + its index>`), for the reindex job to delete the search entries written under it. The
 * same as `nameSortKey` for a name without a level-2 character.
 */
export function gbOrderNameSortKey(name: string): string {
  return keyOf(name, gbOrderTokens());
}

function keyOf(name: string, chinese: ReadonlyMap<string, string>): string {
  const tokens: string[] = [];
  let length = 0;
  for (const token of nameTokens(name, chinese)) {
    const added = (tokens.length ? 1 : 0) + token.length;
    if (length + added > maxKeyLength) break;
    tokens.push(token);
    length += added;
  }
  return tokens.join('-');
}

function* nameTokens(name: string, chinese: ReadonlyMap<string, string>): Generator<string> {
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
    yield chinese.get(char) ?? otherToken(char);
  }
}

function otherToken(char: string): string {
  if (/\p{Script=Han}/u.test(char)) return `4${hex(char)}`;
  if (/\p{Script=Latin}/u.test(char)) {
    const bare = char.normalize('NFD').replace(/\p{M}/gu, '');
    return /^[a-z]$/.test(bare) ? `5${bare}` : `5z~${hex(char)}`;
  }
  if (/[\p{P}\p{S}]/u.test(char)) return `1${hex(char)}`;
  return `6${hex(char)}`;
}

const pad = (n: number) => String(n).padStart(4, '0');
let chineseTokenMap: Map<string, string> | undefined;

/** The token of each GB2312 character, made on first use (6,763 entries, a few milliseconds). */
function chineseTokens(): Map<string, string> {
  if (chineseTokenMap) return chineseTokenMap;
  const level2 = gb2312Level2();
  const places = level2Places(level2.length);
  chineseTokenMap = new Map([
    ...gb2312Level1().map((char, i) => [char, `3${pad(i)}`] as const),
    ...level2.map((char, i) => [char, `3${pad(places[i]!)}${ownSyllable.includes(char) ? 'y' : 'x'}${pad(i)}`] as const),
  ]);
  return chineseTokenMap;
}

function gbOrderTokens(): Map<string, string> {
  return new Map([...gb2312Level1(), ...gb2312Level2()].map((char, i) => [char, `3${pad(i)}`] as const));
}

const hex = (char: string) => char.codePointAt(0)!.toString(16).padStart(6, '0');
