import type { ScorecardRow, ScorecardState, ScorecardWritten } from '#shared/schemas/assessment.schema';

/** Element Plus tag type per state; the tag always carries the state's name too (not colour alone). */
const stateTags = { draft: 'info', submitted: 'warning', objected: 'danger', acknowledged: 'success' } as const satisfies Record<ScorecardState, string>;
export const stateTagType = (s: ScorecardState) => stateTags[s];

/** What the form edits: a score and comment per indicator, in the rows' order, and the overall comment. */
export interface ScorecardForm {
  scores: { code: string; score: number | null; comment: string }[];
  overallComment: string;
}

export function formOf(rows: readonly Pick<ScorecardRow, 'definition' | 'score' | 'comment'>[], overallComment: string): ScorecardForm {
  return { scores: rows.map((r) => ({ code: r.definition.code, score: r.score, comment: r.comment })), overallComment };
}

/** The body of a save or submit: scores the assessor has not given yet are sent as null. */
export function writtenOf(form: ScorecardForm): ScorecardWritten {
  return { scores: form.scores.map((s) => ({ code: s.code, score: s.score ?? null, comment: s.comment.trim() })), overallComment: form.overallComment.trim() };
}

/** The total as scored so far in the form. */
export const formTotal = (form: ScorecardForm) => form.scores.reduce((n, s) => n + (s.score ?? 0), 0);
