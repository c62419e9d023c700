import { scorecardRows, scorecardTotal } from '#shared/assessments/scorecard-rows';
import {
  acknowledgeScorecard,
  allowedActions,
  isFrozen,
  objectToScorecard,
  saveScorecard,
  submitScorecard,
  type AssessmentRights,
  type ScorecardOutcome,
} from '#shared/assessments/scorecard-state';
import { parsePeriodId, periodOf, type Period } from '#shared/revisits/periods';
import type {
  AssessmentKind,
  ComputedValue,
  Scorecard,
  ScorecardAction,
  ScorecardListRow,
  ScorecardView,
  ScorecardWritten,
} from '#shared/schemas/assessment.schema';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { IndicatorDefinitionsRepository } from '#core/repositories/indicator-definitions.repository';
import type { ScorecardRepository } from '#core/repositories/scorecard.repository';
import type { ChangeNotice } from '#core/repositories/versioned-write';
import type { Bilingual } from '#shared/messages';

/**
 * One kind of assessment plugged into the engine: the unit scorecards (functions/assessments/unit-kind.ts)
 * and the General Office's department assessment each give one. The engine knows no roles and no figures.
 */
export interface AssessmentKindConfig {
  kind: AssessmentKind;
  scorecards: ScorecardRepository;
  definitions: IndicatorDefinitionsRepository;
  now: () => Date;
  /**
   * What the caller is to this subject's scorecards; null when they may not read them (answered 404, as if
   * there were none). Throws not found for a subject that does not exist.
   */
  rightsOf(subject: string, principal: Principal): Promise<AssessmentRights | null>;
  /** The subjects the caller may read, in list order, with their names. */
  subjectsFor(principal: Principal): Promise<{ id: string; name: Bilingual }[]>;
  subjectName(subject: string): Promise<Bilingual>;
  /** What the system computes for a subject's quarter, as of now (a value per indicator code it knows). */
  compute(subject: string, quarter: Period): Promise<ComputedValue[]>;
  /** The inbox notices a change sends (the subject's head on submit, the assessor on an answer). */
  notices?(after: Scorecard, action: ScorecardAction): Promise<ChangeNotice[]>;
}

/** A quarter named in a path or query, '2026-Q4', already begun; anything else is no such scorecard (404 / 400). */
export function quarterOf(config: Pick<AssessmentKindConfig, 'now'>, value: string | undefined): Period {
  const period = value ? parsePeriodId(value) : undefined;
  if (!period || period.kind !== 'quarter') throw notFound();
  if (Date.parse(period.start) > config.now().getTime()) throw new DomainError('invalid', 'assessment.quarterNotStarted');
  return period;
}

async function readable(config: AssessmentKindConfig, subject: string, principal: Principal): Promise<AssessmentRights> {
  const rights = await config.rightsOf(subject, principal);
  if (!rights) throw notFound();
  return rights;
}

/**
 * The scorecard as shown: a submitted or acknowledged one with the definitions and values frozen into it; a
 * draft or objected one with the current definitions and the values computed now.
 */
async function viewOf(config: AssessmentKindConfig, scorecard: Scorecard, quarter: Period, rights: AssessmentRights): Promise<ScorecardView> {
  const frozen = isFrozen(scorecard);
  const [definitions, computed] = frozen
    ? [scorecard.definitions!.indicators, scorecard.computed!]
    : await Promise.all([config.definitions.get().then((d) => d.settings.indicators), config.compute(scorecard.subject, quarter)]);
  const rows = scorecardRows(definitions, computed, scorecard.scores);
  return {
    scorecard,
    rows,
    ...scorecardTotal(rows),
    frozen,
    computedAt: frozen ? scorecard.computedAt! : config.now().toISOString(),
    allowed: allowedActions(scorecard, rights),
    subjectName: await config.subjectName(scorecard.subject),
  };
}

/** A subject's scorecard of a quarter (a new draft when not opened yet), with its rows. */
export async function getScorecard(config: AssessmentKindConfig, subject: string, quarterId: string | undefined, principal: Principal): Promise<ScorecardView> {
  const quarter = quarterOf(config, quarterId);
  const rights = await readable(config, subject, principal);
  return viewOf(config, await config.scorecards.get(config.kind, subject, quarter.id), quarter, rights);
}

/** One quarter's scorecards (default: the one running now), a row per subject the caller may read, opened or not. */
export async function listScorecards(config: AssessmentKindConfig, quarterId: string | undefined, principal: Principal): Promise<{ quarter: string; items: ScorecardListRow[] }> {
  const quarter = quarterId ?? periodOf('quarter', config.now()).id;
  const [subjects, opened] = await Promise.all([config.subjectsFor(principal), config.scorecards.listQuarter(config.kind, quarter)]);
  const byId = new Map(opened.map((s) => [s.subject, s]));
  return {
    quarter,
    items: subjects.map(({ id, name }) => {
      const s = byId.get(id);
      const totals = s?.definitions ? scorecardTotal(scorecardRows(s.definitions.indicators, s.computed ?? [], s.scores)) : null;
      return {
        kind: config.kind,
        subject: id,
        subjectName: name,
        quarter,
        state: s?.state ?? 'draft',
        opened: !!s,
        total: totals?.total ?? null,
        maxTotal: totals?.maxTotal ?? null,
        ...(s?.updatedAt ? { updatedAt: s.updatedAt } : {}),
        version: s?.version ?? 0,
      };
    }),
  };
}

/**
 * Reads the scorecard, checks the version the caller edited (If-Match; 412 when stale), applies one pure move
 * and writes it on that version with its notices. A refused move writes nothing.
 */
async function change(
  config: AssessmentKindConfig,
  subject: string,
  quarterId: string | undefined,
  expectedVersion: number,
  principal: Principal,
  apply: (scorecard: Scorecard, rights: AssessmentRights, now: Date, quarter: Period) => Promise<ScorecardOutcome>,
  action: ScorecardAction,
): Promise<ScorecardView> {
  const quarter = quarterOf(config, quarterId);
  const rights = await readable(config, subject, principal);
  const before = await config.scorecards.get(config.kind, subject, quarter.id);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const outcome = await apply(before, rights, config.now(), quarter);
  if (!outcome.ok) throw new DomainError(outcome.kind, outcome.code, outcome.fields ? { fields: outcome.fields } : {});
  await config.scorecards.replace(before, outcome.scorecard, (await config.notices?.(outcome.scorecard, action)) ?? []);
  return viewOf(config, outcome.scorecard, quarter, rights);
}

/** The assessor saves scores and comments (a draft, or an objected scorecard being revised). */
export function saveScorecardDraft(config: AssessmentKindConfig, subject: string, quarterId: string | undefined, written: ScorecardWritten, expectedVersion: number, principal: Principal) {
  return change(
    config,
    subject,
    quarterId,
    expectedVersion,
    principal,
    async (s, rights, now) => saveScorecard(s, principal, rights, written, (await config.definitions.get()).settings.indicators, now),
    'save',
  );
}

/** The assessor submits: the current definitions and the values computed now are frozen into it. */
export function submitScorecardForAnswer(config: AssessmentKindConfig, subject: string, quarterId: string | undefined, written: ScorecardWritten, expectedVersion: number, principal: Principal) {
  return change(
    config,
    subject,
    quarterId,
    expectedVersion,
    principal,
    async (s, rights, now, quarter) => {
      const [definitions, computed] = await Promise.all([config.definitions.get(), config.compute(subject, quarter)]);
      return submitScorecard(s, principal, rights, written, { version: definitions.version, indicators: definitions.settings.indicators }, computed, now);
    },
    'submit',
  );
}

/** The subject's head acknowledges the submitted scorecard; the quarter closes. */
export function acknowledgeSubmittedScorecard(config: AssessmentKindConfig, subject: string, quarterId: string | undefined, remark: string, expectedVersion: number, principal: Principal) {
  return change(config, subject, quarterId, expectedVersion, principal, async (s, rights, now) => acknowledgeScorecard(s, principal, rights, remark, now), 'acknowledge');
}

/** The subject's head objects with a reason; the assessor may revise and submit again. */
export function objectToSubmittedScorecard(config: AssessmentKindConfig, subject: string, quarterId: string | undefined, reason: string, expectedVersion: number, principal: Principal) {
  return change(config, subject, quarterId, expectedVersion, principal, async (s, rights, now) => objectToScorecard(s, principal, rights, reason, now), 'object');
}
