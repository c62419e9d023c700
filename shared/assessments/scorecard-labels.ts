import type { IndicatorDefinition, IndicatorFormat, ScorecardAction, ScorecardState } from '../schemas/assessment.schema';
import type { Bilingual } from '../messages';

/** The states and actions of a scorecard in words (the export and the print view; the SPA's i18n says the same). */
export const scorecardStateLabels: Record<ScorecardState, Bilingual> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '待确认', en: 'Awaiting acknowledgement' },
  acknowledged: { 'zh-CN': '已确认', en: 'Acknowledged' },
  objected: { 'zh-CN': '有异议', en: 'Objected' },
};

export const scorecardActionLabels: Record<ScorecardAction, Bilingual> = {
  save: { 'zh-CN': '保存', en: 'Saved' },
  submit: { 'zh-CN': '提交', en: 'Submitted' },
  acknowledge: { 'zh-CN': '确认', en: 'Acknowledged' },
  object: { 'zh-CN': '提出异议', en: 'Objected' },
};

/** How a target reads: `≥` when more is better, `≤` when less is. */
export const targetOperator = (d: Pick<IndicatorDefinition, 'better'>) => (d.better === 'lower' ? '≤' : '≥');

/** A computed value as people read it: a share as a percent, days, hours and counts as numbers; '—' when none. */
export function formatIndicatorValue(value: number | null, format: IndicatorFormat, lang: 'zh-CN' | 'en' = 'zh-CN'): string {
  if (value === null) return '—';
  if (format === 'share') return `${Math.round(value * 1000) / 10}%`;
  if (format === 'days') return lang === 'en' ? `${value} d` : `${value} 天`;
  // Response and resolution times (the department assessment) and means such as transfers per request: two decimals at most.
  const rounded = Math.round(value * 100) / 100;
  if (format === 'hours') return lang === 'en' ? `${Math.round(value * 10) / 10} h` : `${Math.round(value * 10) / 10} 小时`;
  return String(rounded);
}
