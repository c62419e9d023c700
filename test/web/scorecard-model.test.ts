import { describe, expect, it } from 'vitest';
import { formatIndicatorValue, targetOperator } from '../../shared/assessments/scorecard-labels';
import { formOf, formTotal, writtenOf } from '../../web/src/views/assessments/scorecard-model';
import { maxTotalOf } from '../../web/src/views/assessments/indicator-model';

const def = (code: string, maxScore: number) => ({ code, name: { 'zh-CN': code, en: code }, description: { 'zh-CN': '', en: '' }, maxScore, target: null, better: 'higher' as const, format: 'share' as const });

describe('the scorecard form', () => {
  it('edits a score and comment per row and sends unscored ones as null, trimmed', () => {
    const form = formOf([{ definition: def('a', 20), score: 15.5, comment: ' 好 ' }, { definition: def('b', 10), score: null, comment: '' }], '总体');
    expect(formTotal(form)).toBe(15.5);
    expect(writtenOf({ ...form, overallComment: ' 总体良好 ' })).toEqual({
      scores: [{ code: 'a', score: 15.5, comment: '好' }, { code: 'b', score: null, comment: '' }],
      overallComment: '总体良好',
    });
    expect(maxTotalOf([def('a', 20), def('b', 10)])).toBe(30);
  });

  it('reads computed values as people do', () => {
    expect(formatIndicatorValue(2 / 3, 'share')).toBe('66.7%');
    expect(formatIndicatorValue(3, 'days', 'en')).toBe('3 d');
    expect(formatIndicatorValue(null, 'count')).toBe('—');
  });

  it('reads a target as at least when more is better, at most when less is', () => {
    expect(targetOperator({ better: 'higher' })).toBe('≥');
    expect(targetOperator({ better: 'lower' })).toBe('≤');
  });
});
