import { describe, expect, it } from 'vitest';
import { compareKeys, searchText } from '../../shared/search-text';

describe('the search form of a text', () => {
  it('makes full-width letters, digits and brackets half-width, Latin lower-case, and drops spaces', () => {
    expect(searchText('ＡＢＣ　１２３（集团）')).toBe('abc123(集团)');
    expect(searchText(' 杭州 西溪 ')).toBe('杭州西溪');
  });

  it('reads every bracket shape as round brackets', () => {
    expect(searchText('【集团】〔中国〕［x］')).toBe('(集团)(中国)(x)');
  });
});

describe('comparing sort keys as DynamoDB does', () => {
  it('orders by code point (UTF-8 bytes), unlike JavaScript’s UTF-16 comparison', () => {
    const fullWidthParen = '\uFF08'; // U+FF08
    const extB = '𠀀'; // U+20000, a surrogate pair in UTF-16
    expect(fullWidthParen < extB).toBe(false); // UTF-16 puts the surrogate first
    expect(compareKeys(fullWidthParen, extB)).toBe(-1);
    expect(Buffer.compare(Buffer.from(fullWidthParen), Buffer.from(extB))).toBe(-1);
  });

  it('puts a prefix first and equal strings level', () => {
    expect(compareKeys('杭州#1', '杭州#10')).toBe(-1);
    expect(compareKeys('b', 'a')).toBe(1);
    expect(compareKeys('杭州', '杭州')).toBe(0);
  });
});
