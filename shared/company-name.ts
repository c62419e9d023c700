import { searchText } from './search-text';

/**
 * Legal-form and group endings that do not tell two companies apart (R2: near-duplicate names are
 * warned about), on the search form of a name (half-width brackets, lower-case Latin, no spaces).
 * Tried longest first, so `股份有限公司` goes as one ending rather than leaving `股份` behind.
 */
const endings = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '集团股份公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '(中国)',
  '(集团)',
  '(普通合伙)',
  '(有限合伙)',
  '(特殊普通合伙)',
  '集团',
  '公司',
  'co.,ltd.',
  'co.,ltd',
  'co.ltd',
  'limited',
  'ltd.',
  'ltd',
  'inc.',
  'inc',
  'corp.',
  'corp',
  ',',
  '.',
].sort((a, b) => b.length - a.length);

/** A core never gets shorter than this: `集团有限公司` alone stays `集团` rather than becoming nothing. */
const minCoreLength = 2;

/**
 * The part of a company name that identifies the company, for near-duplicate warnings:
 * 1. the search form of the name (shared/search-text.ts: full-width → half-width letters, digits and
 *    brackets, every bracket shape → `()`, Latin lower-case, spaces removed);
 * 2. then, again and again, one trailing ending of the list above removed (`有限公司`, `有限责任公司`,
 *    `股份有限公司`, `集团`, `(中国)`, `(集团)`, `co.,ltd` …) while at least two characters remain.
 * So `阿里巴巴（中国）有限公司`, `阿里巴巴(中国)` and `阿里巴巴` share the core `阿里巴巴`. A branch
 * (`…有限公司上海分公司`) keeps its own core: it is a registered entity of its own.
 * The core is always a prefix of the name's search form, so a substring search for it finds every
 * customer whose name has the same core.
 */
export function companyNameCore(name: string): string {
  let core = searchText(name);
  for (;;) {
    const ending = endings.find((e) => core.endsWith(e) && Array.from(core).length - Array.from(e).length >= minCoreLength);
    if (!ending) return core;
    core = core.slice(0, core.length - ending.length);
  }
}

/**
 * False for a "name" made of legal-form words only (`公司`, `有限公司`, `集团`): its core is a piece of an
 * ending that nearly every company name contains, so it identifies nobody.
 */
export function hasIdentifyingCore(name: string): boolean {
  const core = companyNameCore(name);
  return Array.from(core).length >= minCoreLength && !endings.some((e) => e.includes(core));
}

/** Two names of (very likely) the same company: the same core. */
export function isNearDuplicateName(a: string, b: string): boolean {
  return companyNameCore(a) === companyNameCore(b);
}
