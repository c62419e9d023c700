import { describe, expect, it } from 'vitest';
import { defaultCreditGrades, gradeFrom, gradeList } from '../../shared/credit-grades';
import { creditGradeSchema } from '../../shared/schemas/credit-grade.schema';
import { defaultTierSettings, storedTierSettingsSchema, tierSettingsSchema } from '../../shared/schemas/tier-settings.schema';
import { computeTier } from '../../shared/tiers';

describe('credit grades as a setting', () => {
  it.each([
    ['aa', 'AA'],
    [' AAA ', 'AAA'],
    ['ａａ', 'AA'],
    ['Ｃ', 'C'],
    ['AAAA', undefined],
    ['', undefined],
  ])('reads %j as %j among the default grades', (typed, grade) => {
    expect(gradeFrom(defaultCreditGrades, typed)).toBe(grade);
  });

  it('keeps a grade as the setting spells it, including signs and Chinese', () => {
    expect(gradeFrom(['优', 'A+', 'a-'], 'A-')).toBe('a-');
    expect(gradeFrom(['优', 'A+'], '优')).toBe('优');
    expect(gradeList(['AAA', 'A+'])).toBe('AAA / A+');
  });

  it.each(['A A', 'A,B', 'A/B', '', 'ABCDEFGHIJK'])('refuses %j as a grade name', (name) => {
    expect(creditGradeSchema.safeParse(name).success).toBe(false);
  });

  it('refuses duplicates (ignoring case and width), good grades outside the list, and fewer than two grades', () => {
    const issues = (s: object) => tierSettingsSchema.safeParse({ ...defaultTierSettings, ...s }).error?.issues.map((i) => [i.path.join('.'), i.message]);
    expect(issues({ creditGrades: ['AAA', 'AA', 'ａａ'] })).toEqual([['creditGrades', 'creditGrades.duplicate']]);
    expect(issues({ creditGrades: ['AAA', 'AA'], goodCreditRatings: ['A'] })).toEqual([['goodCreditRatings', 'creditGrades.goodUnknown']]);
    expect(issues({ creditGrades: ['AAA'], goodCreditRatings: ['AAA'] })?.[0]?.[0]).toBe('creditGrades');
    expect(issues({})).toBeUndefined();
  });

  it('reads settings stored before grades were a setting with the default grades, and refuses a body without them', () => {
    const { creditGrades: _, ...old } = defaultTierSettings;
    expect(storedTierSettingsSchema.parse(old)).toEqual(defaultTierSettings);
    expect(tierSettingsSchema.safeParse(old).success).toBe(false);
  });

  it('makes an added grade good for VIP only when the setting says so; a retired grade is never good', () => {
    const settings = { ...defaultTierSettings, creditGrades: ['AAA', 'A+', 'AA', 'A'], goodCreditRatings: ['AAA', 'A+'] };
    expect(computeTier({ annualAmountFen: 50_000_000, creditRating: 'A+' }, settings).tier).toBe('vip');
    expect(computeTier({ annualAmountFen: 50_000_000, creditRating: 'AA' }, settings)).toEqual({ tier: 'key', rule: 'key-by-credit' });
    expect(computeTier({ annualAmountFen: 50_000_000, creditRating: 'C' }, settings)).toEqual({ tier: 'key', rule: 'key-by-credit' });
  });
});
