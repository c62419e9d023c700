import type { IndicatorSet, ScorecardWritten } from '#shared/schemas/assessment.schema';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

// The answers' types come from the routes' contracts (shared/contracts/assessments.contract.ts).
export type ScorecardView = ApiAnswer<'GET /assessments/units/{unitId}/{quarter}'>;
export type ScorecardListRow = ApiAnswer<'GET /assessments/units'>['items'][number];
export type IndicatorSettings = ApiAnswer<'GET /settings/assessment-indicators/{kind}'>;
export type IndicatorChange = ApiAnswer<'GET /settings/assessment-indicators/{kind}/history'>['items'][number];

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** One quarter's unit scorecards (default: the quarter running now), a row per unit the caller may read. */
export async function listUnitScorecards(quarter?: string) {
  return (await api('GET /assessments/units', { query: { quarter } })).data;
}

/** A unit's scorecard: frozen as submitted once submitted, computed now while drafted or objected to. */
export async function getUnitScorecard(unitId: string, quarter: string): Promise<ScorecardView> {
  return (await api('GET /assessments/units/{unitId}/{quarter}', { params: { unitId, quarter } })).data;
}

/** Sales saves scores and comments on the version read (412 when stale). */
export async function saveUnitScorecard(unitId: string, quarter: string, written: ScorecardWritten, version: number): Promise<ScorecardView> {
  return (await api('PUT /assessments/units/{unitId}/{quarter}', { params: { unitId, quarter }, body: written, headers: ifMatch(version) })).data;
}

/** Sales submits to the unit head; the definitions and values are frozen. */
export async function submitUnitScorecard(unitId: string, quarter: string, written: ScorecardWritten, version: number): Promise<ScorecardView> {
  return (await api('POST /assessments/units/{unitId}/{quarter}/submit', { params: { unitId, quarter }, body: written, headers: ifMatch(version) })).data;
}

/** The unit head acknowledges (a remark optional). */
export async function acknowledgeUnitScorecard(unitId: string, quarter: string, remark: string, version: number): Promise<ScorecardView> {
  return (await api('POST /assessments/units/{unitId}/{quarter}/acknowledge', { params: { unitId, quarter }, body: { remark }, headers: ifMatch(version) })).data;
}

/** The unit head objects, with a reason. */
export async function objectToUnitScorecard(unitId: string, quarter: string, reason: string, version: number): Promise<ScorecardView> {
  return (await api('POST /assessments/units/{unitId}/{quarter}/object', { params: { unitId, quarter }, body: { reason }, headers: ifMatch(version) })).data;
}

/** The scorecard as an .xlsx. */
export async function exportUnitScorecard(unitId: string, quarter: string): Promise<Blob> {
  return (await apiDownload(`/assessments/units/${encodeURIComponent(unitId)}/${encodeURIComponent(quarter)}/export`)).blob;
}

/** A kind's indicators in force, with their version. */
export async function getIndicators(kind: string): Promise<IndicatorSettings> {
  return (await api('GET /settings/assessment-indicators/{kind}', { params: { kind } })).data;
}

/** An administrator replaces a kind's indicators on the version read. */
export async function putIndicators(kind: string, set: IndicatorSet, version: number): Promise<IndicatorSettings> {
  return (await api('PUT /settings/assessment-indicators/{kind}', { params: { kind }, body: set, headers: ifMatch(version) })).data;
}

/** Earlier versions, newest first. */
export async function indicatorHistory(kind: string): Promise<IndicatorChange[]> {
  return (await api('GET /settings/assessment-indicators/{kind}/history', { params: { kind } })).data.items;
}
