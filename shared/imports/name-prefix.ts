import { companyNameCore } from '../company-name';

/**
 * A prefix that every stored spelling of a company name with the same core (shared/company-name.ts)
 * starts with: the leading Chinese characters of the core. Those are the same in full-width and
 * half-width spellings and come before any bracket, so a begins_with lookup in the name-sorted index
 * finds `杭州湾(宁波)智能装备` and `杭州湾（宁波）智能装备有限公司` alike. Empty when the name does not
 * start with at least two such characters (a Latin name, say): then no cheap lookup is safe. A name
 * typed with a space among them (`宁波 甬江…`) gives the characters before the space.
 */
export function sameCompanyLookupPrefix(name: string): string {
  const leadingHan = (text: string) => Array.from(/^\p{Script=Han}+/u.exec(text)?.[0] ?? '');
  // The core's Chinese characters, as far as the name as typed starts with them (a stray space ends it).
  const core = leadingHan(companyNameCore(name));
  const typed = leadingHan(name.trim());
  let n = 0;
  while (n < core.length && n < typed.length && core[n] === typed[n]) n++;
  return n >= 2 ? core.slice(0, n).join('') : '';
}
