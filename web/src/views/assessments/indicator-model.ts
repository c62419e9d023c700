import type { IndicatorDefinition } from '#shared/schemas/assessment.schema';

/** An indicator in the editor: the definition, with the target as typed (empty: no target). */
export const blankIndicator = (): IndicatorDefinition => ({
  code: '',
  name: { 'zh-CN': '', en: '' },
  description: { 'zh-CN': '', en: '' },
  maxScore: 10,
  target: null,
  better: 'higher',
  format: 'share',
});

/** A deep copy the dialog edits, so cancelling leaves the list as it was. */
export const copyIndicator = (d: IndicatorDefinition): IndicatorDefinition => ({ ...d, name: { ...d.name }, description: { ...d.description } });

/** The sum of the maximum scores: what a scorecard's total is out of. */
export const maxTotalOf = (list: readonly Pick<IndicatorDefinition, 'maxScore'>[]) => list.reduce((n, d) => n + d.maxScore, 0);
