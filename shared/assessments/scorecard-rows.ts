import type { ComputedValue, IndicatorDefinition, Score, ScorecardRow } from '../schemas/assessment.schema';

/**
 * Whether a computed value meets its indicator's target: at or above it when more is better, at or below
 * when less is. Null when there is no target or nothing was measured.
 */
export function meetsTarget(definition: IndicatorDefinition, computed: ComputedValue | undefined): boolean | null {
  if (definition.target === null || !computed || computed.value === null) return null;
  return definition.better === 'higher' ? computed.value >= definition.target - 1e-9 : computed.value <= definition.target + 1e-9;
}

/**
 * The scorecard's rows in the definitions' order: each indicator with what the system computed for it
 * (a value of null when the kind computes nothing by that code) and the assessor's score and comment. A score
 * for a code the definitions no longer hold is left out.
 */
export function scorecardRows(
  definitions: readonly IndicatorDefinition[],
  computed: readonly ComputedValue[],
  scores: readonly Pick<Score, 'code' | 'score' | 'comment'>[],
): ScorecardRow[] {
  const values = new Map(computed.map((c) => [c.code, c]));
  const scored = new Map(scores.map((s) => [s.code, s]));
  return definitions.map((definition) => {
    const value = values.get(definition.code) ?? { code: definition.code, value: null };
    const s = scored.get(definition.code);
    return { definition, computed: value, meetsTarget: meetsTarget(definition, value), score: s?.score ?? null, comment: s?.comment ?? '' };
  });
}

/** The total scored (half points kept) and the most it could be. */
export function scorecardTotal(rows: readonly Pick<ScorecardRow, 'definition' | 'score'>[]): { total: number; maxTotal: number } {
  return {
    total: rows.reduce((sum, r) => sum + (r.score ?? 0), 0),
    maxTotal: rows.reduce((sum, r) => sum + r.definition.maxScore, 0),
  };
}
