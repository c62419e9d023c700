import type { MessageCode } from '../messages';
import type {
  AssessmentKind,
  ComputedValue,
  DefinitionsSnapshot,
  HistoryEntry,
  IndicatorDefinition,
  Scorecard,
  ScorecardAction,
  ScorecardState,
  ScorecardWritten,
} from '../schemas/assessment.schema';
import { scorecardRows, scorecardTotal } from './scorecard-rows';

/**
 * The life of a quarterly scorecard (R9), the same for every kind of assessment:
 *
 *          save               submit                acknowledge
 *   draft ──────▶ draft ───────────▶ submitted ─────────────────▶ acknowledged (closed)
 *                                     │     ▲
 *                              object │     │ submit (revised)
 *                          (a reason) ▼     │
 *                                   objected (save keeps it objected)
 *
 * The assessor saves and submits; the subject's head acknowledges or objects. Who is the assessor and who
 * the subject's head is the kind's to say (`AssessmentRights`), so these functions know no roles.
 */
export type ScorecardMove = { to: ScorecardState } | { refused: MessageCode };

const closed: Record<ScorecardAction, ScorecardMove> = {
  save: { refused: 'assessment.closed' },
  submit: { refused: 'assessment.closed' },
  acknowledge: { refused: 'assessment.closed' },
  object: { refused: 'assessment.closed' },
};

/** Every state × action: where it goes, or the message it is refused with (409). */
export const scorecardMoves: Record<ScorecardState, Record<ScorecardAction, ScorecardMove>> = {
  draft: {
    save: { to: 'draft' },
    submit: { to: 'submitted' },
    acknowledge: { refused: 'assessment.notSubmitted' },
    object: { refused: 'assessment.notSubmitted' },
  },
  objected: {
    save: { to: 'objected' },
    submit: { to: 'submitted' },
    acknowledge: { refused: 'assessment.notSubmitted' },
    object: { refused: 'assessment.notSubmitted' },
  },
  submitted: {
    save: { refused: 'assessment.awaitingSubject' },
    submit: { refused: 'assessment.awaitingSubject' },
    acknowledge: { to: 'acknowledged' },
    object: { to: 'objected' },
  },
  acknowledged: closed,
};

/** Which side may take an action: the assessor writes, the subject's head answers. */
const actionSide: Record<ScorecardAction, keyof AssessmentRights> = { save: 'assessor', submit: 'assessor', acknowledge: 'subjectHead', object: 'subjectHead' };

/** What the caller is to this scorecard, as its kind decides (e.g. shared/assessments/unit-kind.ts). */
export interface AssessmentRights {
  /** May save and submit (e.g. Sales for a unit). */
  assessor: boolean;
  /** May acknowledge or object (e.g. the unit's own head). */
  subjectHead: boolean;
}

export interface AssessmentActor {
  id: string;
  name: string;
}

export type ScorecardRefusal = {
  ok: false;
  kind: 'conflict' | 'forbidden' | 'invalid';
  code: MessageCode;
  fields?: Record<string, MessageCode>;
};
export type ScorecardOutcome = { ok: true; scorecard: Scorecard } | ScorecardRefusal;

/** The scorecard of a quarter nobody has opened yet. */
export const newScorecard = (kind: AssessmentKind, subject: string, quarter: string): Scorecard => ({
  kind,
  subject,
  quarter,
  state: 'draft',
  scores: [],
  overallComment: '',
  history: [],
  version: 0,
});

/** The actions the caller may take now (the page shows only these). */
export function allowedActions(scorecard: Pick<Scorecard, 'state'>, rights: AssessmentRights): ScorecardAction[] {
  return (Object.keys(actionSide) as ScorecardAction[]).filter((a) => rights[actionSide[a]] && 'to' in scorecardMoves[scorecard.state][a]);
}

/** Checks the move and the side, and records it: the next version, who, when, and a history entry. */
function move(
  scorecard: Scorecard,
  action: ScorecardAction,
  actor: AssessmentActor,
  rights: AssessmentRights,
  now: Date,
  entry: Pick<HistoryEntry, 'note' | 'total'> = {},
): { scorecard: Scorecard } | ScorecardRefusal {
  if (!rights[actionSide[action]]) return { ok: false, kind: 'forbidden', code: actionSide[action] === 'assessor' ? 'assessment.notAssessor' : 'assessment.notSubjectHead' };
  const m = scorecardMoves[scorecard.state][action];
  if ('refused' in m) return { ok: false, kind: 'conflict', code: m.refused };
  const at = now.toISOString();
  const by = { id: actor.id, name: actor.name };
  return {
    scorecard: {
      ...scorecard,
      state: m.to,
      history: [...scorecard.history, { action, from: scorecard.state, to: m.to, by, at, ...entry }],
      updatedAt: at,
      updatedBy: by,
      version: scorecard.version + 1,
    },
  };
}

/** Scores for indicators the definitions do not hold, or above an indicator's maximum, name their field. */
function scoreErrors(written: ScorecardWritten, definitions: readonly IndicatorDefinition[], complete: boolean): Record<string, MessageCode> {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const given = new Map(written.scores.map((s) => [s.code, s]));
  const fields: Record<string, MessageCode> = {};
  for (const s of written.scores) {
    const d = byCode.get(s.code);
    if (!d) fields[`scores.${s.code}`] = 'assessment.unknownIndicator';
    else if (s.score !== null && s.score > d.maxScore) fields[`scores.${s.code}`] = 'assessment.scoreAboveMax';
  }
  if (complete) {
    for (const d of definitions) if ((given.get(d.code)?.score ?? null) === null) fields[`scores.${d.code}`] = 'assessment.scoreRequired';
    if (written.overallComment.trim().length < 2) fields.overallComment = 'assessment.overallRequired';
  }
  return fields;
}

const invalid = (fields: Record<string, MessageCode>): ScorecardRefusal => ({ ok: false, kind: 'invalid', code: 'validation_failed', fields });

/** The assessor saves scores and comments so far (a draft, or an objected scorecard being revised). */
export function saveScorecard(
  scorecard: Scorecard,
  actor: AssessmentActor,
  rights: AssessmentRights,
  written: ScorecardWritten,
  definitions: readonly IndicatorDefinition[],
  now: Date,
): ScorecardOutcome {
  const moved = move(scorecard, 'save', actor, rights, now);
  if ('ok' in moved) return moved;
  const fields = scoreErrors(written, definitions, false);
  if (Object.keys(fields).length) return invalid(fields);
  return { ok: true, scorecard: { ...moved.scorecard, scores: written.scores, overallComment: written.overallComment } };
}

/**
 * The assessor submits: every indicator scored within its maximum and an overall comment written. The
 * definitions in force and the values computed now are frozen into the scorecard, so the subject's head
 * answers exactly what was submitted and a closed quarter keeps the definitions it closed under.
 */
export function submitScorecard(
  scorecard: Scorecard,
  actor: AssessmentActor,
  rights: AssessmentRights,
  written: ScorecardWritten,
  definitions: DefinitionsSnapshot,
  computed: readonly ComputedValue[],
  now: Date,
): ScorecardOutcome {
  const { total } = scorecardTotal(scorecardRows(definitions.indicators, computed, written.scores));
  const moved = move(scorecard, 'submit', actor, rights, now, { total });
  if ('ok' in moved) return moved;
  const fields = scoreErrors(written, definitions.indicators, true);
  if (Object.keys(fields).length) return invalid(fields);
  return {
    ok: true,
    scorecard: {
      ...moved.scorecard,
      scores: written.scores,
      overallComment: written.overallComment,
      definitions,
      computed: [...computed],
      computedAt: now.toISOString(),
    },
  };
}

/** The subject's head acknowledges the submitted scorecard (a remark optional): the quarter is closed. */
export function acknowledgeScorecard(scorecard: Scorecard, actor: AssessmentActor, rights: AssessmentRights, remark: string, now: Date): ScorecardOutcome {
  const moved = move(scorecard, 'acknowledge', actor, rights, now, remark.trim() ? { note: remark.trim() } : {});
  return 'ok' in moved ? moved : { ok: true, scorecard: moved.scorecard };
}

/** The subject's head objects, with a reason: the assessor may revise and submit again. */
export function objectToScorecard(scorecard: Scorecard, actor: AssessmentActor, rights: AssessmentRights, reason: string, now: Date): ScorecardOutcome {
  if (reason.trim().length < 2) return invalid({ reason: 'assessment.reasonRequired' });
  const moved = move(scorecard, 'object', actor, rights, now, { note: reason.trim() });
  return 'ok' in moved ? moved : { ok: true, scorecard: moved.scorecard };
}

/** Whether the scorecard shows its frozen snapshot (submitted or answered) rather than live values. */
export const isFrozen = (scorecard: Scorecard) => (scorecard.state === 'submitted' || scorecard.state === 'acknowledged') && !!scorecard.definitions && !!scorecard.computed;
