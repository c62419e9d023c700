/**
 * The form of a name (or of what someone typed into the search box) that search compares, so that
 * the way a name happens to be typed never decides whether it is found:
 * 1. NFKC: full-width Latin letters, digits and punctuation become half-width (`ＡＢＣ１２３（` → `ABC123(`),
 *    the ideographic space becomes a space;
 * 2. the other bracket shapes people use in company names (【】〔〕［］ and their kin) become `()`;
 * 3. Latin letters lower-case; every space removed (names are typed with stray spaces, queries too).
 * Chinese characters are left as they are. Browser-safe: the SPA may show the same normalisation.
 */
export function searchText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[【〔［[｛{〈《「『]/g, '(')
    .replace(/[】〕］\]｝}〉》」』]/g, ')')
    .toLowerCase()
    .replace(/\s+/g, '');
}

/**
 * Compares two strings the way DynamoDB orders sort keys (by UTF-8 bytes, i.e. by code point). JavaScript's
 * `<` compares UTF-16 units, which disagrees for characters beyond U+FFFF (rare CJK extensions); merging
 * pages of several partitions must use the same order as DynamoDB or it would skip or repeat items.
 */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  const ia = a[Symbol.iterator]();
  const ib = b[Symbol.iterator]();
  for (;;) {
    const x = ia.next();
    const y = ib.next();
    if (x.done) return y.done ? 0 : -1;
    if (y.done) return 1;
    const d = x.value.codePointAt(0)! - y.value.codePointAt(0)!;
    if (d !== 0) return d < 0 ? -1 : 1;
  }
}
