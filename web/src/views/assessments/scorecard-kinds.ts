import type { AssessmentKind, ScorecardWritten } from '#shared/schemas/assessment.schema';
import {
  acknowledgeUnitScorecard,
  exportUnitScorecard,
  getUnitScorecard,
  listUnitScorecards,
  objectToUnitScorecard,
  saveUnitScorecard,
  submitUnitScorecard,
  type ScorecardListRow,
  type ScorecardView,
} from '../../api/assessments.api';
import {
  acknowledgeDepartmentScorecard,
  exportDepartmentScorecard,
  getDepartmentScorecard,
  listDepartmentScorecards,
  objectToDepartmentScorecard,
  saveDepartmentScorecard,
  submitDepartmentScorecard,
} from '../../api/department-assessments.api';

/**
 * What the scorecard pages do with one kind of assessment: its routes (the units' by Sales, the departments' by
 * the General Office) behind the same calls, the SPA's path segment, and the prefix of its kind-specific strings
 * (who assesses and who answers differ; everything else is the engine's and the same).
 */
export interface ScorecardKindApi {
  segment: 'units' | 'departments';
  /** `assessments.<key>` for the units, `assessments.department.<key>` for the departments. */
  strings: string;
  list(quarter?: string): Promise<{ quarter: string; items: ScorecardListRow[] }>;
  get(subject: string, quarter: string): Promise<ScorecardView>;
  save(subject: string, quarter: string, written: ScorecardWritten, version: number): Promise<ScorecardView>;
  submit(subject: string, quarter: string, written: ScorecardWritten, version: number): Promise<ScorecardView>;
  acknowledge(subject: string, quarter: string, remark: string, version: number): Promise<ScorecardView>;
  object(subject: string, quarter: string, reason: string, version: number): Promise<ScorecardView>;
  export(subject: string, quarter: string): Promise<Blob>;
}

export const scorecardKinds: Record<AssessmentKind, ScorecardKindApi> = {
  unit: {
    segment: 'units',
    strings: 'assessments',
    list: listUnitScorecards,
    get: getUnitScorecard,
    save: saveUnitScorecard,
    submit: submitUnitScorecard,
    acknowledge: acknowledgeUnitScorecard,
    object: objectToUnitScorecard,
    export: exportUnitScorecard,
  },
  department: {
    segment: 'departments',
    strings: 'assessments.department',
    list: listDepartmentScorecards,
    get: getDepartmentScorecard,
    save: saveDepartmentScorecard,
    submit: submitDepartmentScorecard,
    acknowledge: acknowledgeDepartmentScorecard,
    object: objectToDepartmentScorecard,
    export: exportDepartmentScorecard,
  },
};

/** The scorecard's page in the SPA. */
export const scorecardPath = (kind: AssessmentKind, subject: string, quarter: string) => `/assessments/${scorecardKinds[kind].segment}/${subject}/${quarter}`;
