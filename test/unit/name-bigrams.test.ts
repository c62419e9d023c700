import { describe, expect, it } from 'vitest';
import { bigramsOf, maxIndexedBigrams, nameGrams, queryBigram } from '../../functions/core/search/name-bigrams';

describe('bigrams of a name', () => {
  it('are every two consecutive characters, in order', () => {
    expect(bigramsOf('杭州西溪')).toEqual(['杭州', '州西', '西溪']);
    expect(bigramsOf('杭')).toEqual([]);
    expect(bigramsOf('')).toEqual([]);
  });

  it('count characters beyond U+FFFF as one character each', () => {
    expect(bigramsOf('𠀀科技')).toEqual(['𠀀科', '科技']);
  });

  it('index the search form of the name, each bigram once', () => {
    // Full-width letters and brackets, spaces: indexed as the half-width, lower-case, space-free form.
    expect(nameGrams('ＡＢ 科技（集团）').bigrams).toEqual(['ab', 'b科', '科技', '技(', '(集', '集团', '团)']);
    expect(nameGrams('上海上海').bigrams).toEqual(['上海', '海上']);
  });

  it('index every bigram of a name up to the cap, and mark longer names as overflowing', () => {
    const exact = Array.from({ length: maxIndexedBigrams + 1 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(nameGrams(exact)).toEqual({ bigrams: bigramsOf(exact), overflow: false });
    const longer = exact + '丛';
    const grams = nameGrams(longer);
    expect(grams.bigrams).toHaveLength(maxIndexedBigrams);
    expect(grams.bigrams).toEqual(bigramsOf(longer).slice(0, maxIndexedBigrams));
    expect(grams.overflow).toBe(true);
  });

  it('never index more than the cap, even for a 100-character name', () => {
    const name = Array.from({ length: 100 }, (_, i) => String.fromCodePoint(0x4e00 + i)).join('');
    expect(nameGrams(name).bigrams.length).toBe(maxIndexedBigrams);
  });

  it('dedupe before capping, so a repetitive long name may still be indexed whole', () => {
    const name = '阿里'.repeat(50);
    expect(nameGrams(name)).toEqual({ bigrams: ['阿里', '里阿'], overflow: false });
  });
});

describe('the bigram a search looks up', () => {
  it('prefers a bigram that is not common in company names', () => {
    expect(queryBigram('西溪云数')).toBe('西溪');
    expect(queryBigram('有限公司西溪')).toBe('司西');
    expect(queryBigram('科技有限公司')).toBe('技有');
  });

  it('takes the earliest of equally rare bigrams', () => {
    expect(queryBigram('紫金新港')).toBe('紫金');
  });

  it('works on the search form and needs two characters', () => {
    expect(queryBigram('ＡＢＣ')).toBe('ab');
    expect(queryBigram('紫')).toBeUndefined();
    expect(queryBigram(' 紫 ')).toBeUndefined();
  });
});
