import { describe, expect, it } from 'vitest';
import { meetsTarget, scorecardRows, scorecardTotal } from '../../shared/assessments/scorecard-rows';
import {
  acknowledgeScorecard,
  allowedActions,
  isFrozen,
  newScorecard,
  objectToScorecard,
  saveScorecard,
  scorecardMoves,
  submitScorecard,
  type AssessmentRights,
} from '../../shared/assessments/scorecard-state';
import { scorecardStates, scorecardActions, type IndicatorDefinition, type Scorecard } from '../../shared/schemas/assessment.schema';

const indicator = (code: string, maxScore: number, target: number | null, better: 'higher' | 'lower' = 'higher'): IndicatorDefinition => ({
  code,
  name: { 'zh-CN': code, en: code },
  description: { 'zh-CN': '', en: '' },
  maxScore,
  target,
  better,
  format: 'share',
});
const definitions = [indicator('coverage', 60, 1), indicator('overdue', 40, 0, 'lower')];
const snapshot = { version: 3, indicators: definitions };
const computed = [
  { code: 'coverage', value: 0.75, numerator: 3, denominator: 4 },
  { code: 'overdue', value: 0, numerator: 0, denominator: 5 },
];

const sales = { id: 'sales.zhang', name: '张销售' };
const head = { id: 'east.head', name: '华东负责人' };
const assessor: AssessmentRights = { assessor: true, subjectHead: false };
const subjectHead: AssessmentRights = { assessor: false, subjectHead: true };
const reader: AssessmentRights = { assessor: false, subjectHead: false };
const t = (minute: number) => new Date(Date.UTC(2027, 0, 5, 2, minute));
const full = { scores: [{ code: 'coverage', score: 45.5, comment: '华东 VIP 漏访一家' }, { code: 'overdue', score: 40, comment: '' }], overallComment: '总体良好' };

function ok(outcome: ReturnType<typeof saveScorecard>): Scorecard {
  if (!outcome.ok) throw new Error(`refused: ${outcome.code} ${JSON.stringify(outcome.fields)}`);
  return outcome.scorecard;
}
const submitted = () => ok(submitScorecard(newScorecard('unit', 'east', '2026-Q4'), sales, assessor, full, snapshot, computed, t(1)));

describe('scorecard moves', () => {
  it('names a target or a refusal for every state and action', () => {
    for (const s of scorecardStates) for (const a of scorecardActions) expect(scorecardMoves[s][a]).toBeDefined();
  });

  it('lets the assessor save and submit a draft, and only the subject head answer a submitted one', () => {
    const draft = newScorecard('unit', 'east', '2026-Q4');
    expect(allowedActions(draft, assessor)).toEqual(['save', 'submit']);
    expect(allowedActions(draft, subjectHead)).toEqual([]);
    expect(allowedActions(submitted(), subjectHead)).toEqual(['acknowledge', 'object']);
    expect(allowedActions(submitted(), assessor)).toEqual([]);
    expect(allowedActions(submitted(), reader)).toEqual([]);
  });
});

describe('the assessor writes', () => {
  it('saves partial scores in a draft and records the save in the history', () => {
    const saved = ok(saveScorecard(newScorecard('unit', 'east', '2026-Q4'), sales, assessor, { scores: [{ code: 'coverage', score: 30, comment: '' }], overallComment: '' }, definitions, t(0)));
    expect(saved).toMatchObject({ state: 'draft', version: 1, scores: [{ code: 'coverage', score: 30 }], updatedBy: sales });
    expect(saved.history).toEqual([{ action: 'save', from: 'draft', to: 'draft', by: sales, at: t(0).toISOString() }]);
  });

  it('refuses a score above the maximum or for an indicator not defined, naming the field', () => {
    const draft = newScorecard('unit', 'east', '2026-Q4');
    const over = saveScorecard(draft, sales, assessor, { scores: [{ code: 'coverage', score: 61, comment: '' }, { code: 'nope', score: 1, comment: '' }], overallComment: '' }, definitions, t(0));
    expect(over).toMatchObject({ ok: false, kind: 'invalid', fields: { 'scores.coverage': 'assessment.scoreAboveMax', 'scores.nope': 'assessment.unknownIndicator' } });
  });

  it('refuses a submission with an indicator unscored or no overall comment', () => {
    const out = submitScorecard(newScorecard('unit', 'east', '2026-Q4'), sales, assessor, { scores: [{ code: 'coverage', score: 50, comment: '' }], overallComment: ' ' }, snapshot, computed, t(1));
    expect(out).toMatchObject({ ok: false, kind: 'invalid', fields: { 'scores.overdue': 'assessment.scoreRequired', overallComment: 'assessment.overallRequired' } });
  });

  it('freezes the definitions and computed values into a submission, with its total in the history', () => {
    const s = submitted();
    expect(s.state).toBe('submitted');
    expect(s.definitions).toEqual(snapshot);
    expect(s.computed).toEqual(computed);
    expect(s.computedAt).toBe(t(1).toISOString());
    expect(s.history.at(-1)).toMatchObject({ action: 'submit', from: 'draft', to: 'submitted', total: 85.5 });
    expect(isFrozen(s)).toBe(true);
  });

  it('is refused to anyone but the assessor (403)', () => {
    const out = saveScorecard(newScorecard('unit', 'east', '2026-Q4'), head, subjectHead, full, definitions, t(0));
    expect(out).toMatchObject({ ok: false, kind: 'forbidden', code: 'assessment.notAssessor' });
  });

  it('cannot change a submitted scorecard while it awaits the answer (409)', () => {
    expect(saveScorecard(submitted(), sales, assessor, full, definitions, t(2))).toMatchObject({ ok: false, kind: 'conflict', code: 'assessment.awaitingSubject' });
  });
});

describe('the subject head answers', () => {
  it('acknowledges, closing the quarter for good', () => {
    const done = ok(acknowledgeScorecard(submitted(), head, subjectHead, ' 认可 ', t(3)));
    expect(done.state).toBe('acknowledged');
    expect(done.history.at(-1)).toEqual({ action: 'acknowledge', from: 'submitted', to: 'acknowledged', by: head, at: t(3).toISOString(), note: '认可' });
    expect(saveScorecard(done, sales, assessor, full, definitions, t(4))).toMatchObject({ ok: false, code: 'assessment.closed' });
    expect(objectToScorecard(done, head, subjectHead, '不同意', t(4))).toMatchObject({ ok: false, code: 'assessment.closed' });
    expect(allowedActions(done, { assessor: true, subjectHead: true })).toEqual([]);
  });

  it('objects with a reason; the assessor revises and resubmits; the history keeps every step in order', () => {
    expect(objectToScorecard(submitted(), head, subjectHead, ' ', t(3))).toMatchObject({ ok: false, kind: 'invalid', fields: { reason: 'assessment.reasonRequired' } });
    const objected = ok(objectToScorecard(submitted(), head, subjectHead, '回访数据漏计了一次上门', t(3)));
    expect(objected.state).toBe('objected');
    expect(isFrozen(objected)).toBe(false);
    expect(allowedActions(objected, assessor)).toEqual(['save', 'submit']);
    const revised = ok(saveScorecard(objected, sales, assessor, { ...full, scores: [{ code: 'coverage', score: 55, comment: '已核实' }, full.scores[1]!] }, definitions, t(4)));
    expect(revised.state).toBe('objected');
    const again = ok(submitScorecard(revised, sales, assessor, { ...full, scores: revised.scores }, { version: 4, indicators: definitions }, computed, t(5)));
    expect(again.definitions?.version).toBe(4);
    expect(again.history.map((h) => [h.action, h.to, h.by.id])).toEqual([
      ['submit', 'submitted', 'sales.zhang'],
      ['object', 'objected', 'east.head'],
      ['save', 'objected', 'sales.zhang'],
      ['submit', 'submitted', 'sales.zhang'],
    ]);
    expect(again.history[1]!.note).toBe('回访数据漏计了一次上门');
    expect(again.version).toBe(4);
  });

  it('cannot answer a draft, and the assessor cannot answer for the subject', () => {
    const draft = newScorecard('unit', 'east', '2026-Q4');
    expect(acknowledgeScorecard(draft, head, subjectHead, '', t(1))).toMatchObject({ ok: false, kind: 'conflict', code: 'assessment.notSubmitted' });
    expect(acknowledgeScorecard(submitted(), sales, assessor, '', t(2))).toMatchObject({ ok: false, kind: 'forbidden', code: 'assessment.notSubjectHead' });
  });
});

describe('rows and totals', () => {
  it('joins definitions, computed values and scores in the definitions’ order, and judges the target by direction', () => {
    const rows = scorecardRows(definitions, [computed[1]!], full.scores);
    expect(rows.map((r) => [r.definition.code, r.computed.value, r.meetsTarget, r.score])).toEqual([
      ['coverage', null, null, 45.5],
      ['overdue', 0, true, 40],
    ]);
    expect(scorecardTotal(rows)).toEqual({ total: 85.5, maxTotal: 100 });
    expect(meetsTarget(indicator('x', 1, 0.9), { code: 'x', value: 0.89 })).toBe(false);
    expect(meetsTarget(indicator('x', 1, 2, 'lower'), { code: 'x', value: 3 })).toBe(false);
    expect(meetsTarget(indicator('x', 1, null), { code: 'x', value: 3 })).toBeNull();
  });
});
