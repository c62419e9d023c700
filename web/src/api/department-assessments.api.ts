import type { ScorecardWritten } from '#shared/schemas/assessment.schema';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

// The answers' types come from the routes' contracts (shared/contracts/department-assessments.contract.ts).
export type DepartmentScorecardView = ApiAnswer<'GET /assessments/departments/{department}/{quarter}'>;
export type DepartmentScorecardRow = ApiAnswer<'GET /assessments/departments'>['items'][number];

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** One quarter's department scorecards (default: the quarter running now), a row per department the caller may read. */
export async function listDepartmentScorecards(quarter?: string) {
  return (await api('GET /assessments/departments', { query: { quarter } })).data;
}

/** A department's scorecard: its service figures frozen as submitted once submitted, computed now while drafted or objected to. */
export async function getDepartmentScorecard(department: string, quarter: string): Promise<DepartmentScorecardView> {
  return (await api('GET /assessments/departments/{department}/{quarter}', { params: { department, quarter } })).data;
}

/** The General Office saves scores, comments and its written evaluation on the version read (412 when stale). */
export async function saveDepartmentScorecard(department: string, quarter: string, written: ScorecardWritten, version: number): Promise<DepartmentScorecardView> {
  return (await api('PUT /assessments/departments/{department}/{quarter}', { params: { department, quarter }, body: written, headers: ifMatch(version) })).data;
}

/** The General Office submits to the department's head; the definitions and figures are frozen. */
export async function submitDepartmentScorecard(department: string, quarter: string, written: ScorecardWritten, version: number): Promise<DepartmentScorecardView> {
  return (await api('POST /assessments/departments/{department}/{quarter}/submit', { params: { department, quarter }, body: written, headers: ifMatch(version) })).data;
}

/** The department's head acknowledges (a remark optional). */
export async function acknowledgeDepartmentScorecard(department: string, quarter: string, remark: string, version: number): Promise<DepartmentScorecardView> {
  return (await api('POST /assessments/departments/{department}/{quarter}/acknowledge', { params: { department, quarter }, body: { remark }, headers: ifMatch(version) })).data;
}

/** The department's head objects, with a reason. */
export async function objectToDepartmentScorecard(department: string, quarter: string, reason: string, version: number): Promise<DepartmentScorecardView> {
  return (await api('POST /assessments/departments/{department}/{quarter}/object', { params: { department, quarter }, body: { reason }, headers: ifMatch(version) })).data;
}

/** The scorecard as an .xlsx. */
export async function exportDepartmentScorecard(department: string, quarter: string): Promise<Blob> {
  return (await apiDownload(`/assessments/departments/${encodeURIComponent(department)}/${encodeURIComponent(quarter)}/export`)).blob;
}
