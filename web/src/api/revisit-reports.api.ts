import type { ReportReview, ReportWritten } from '#shared/schemas/revisit-report.schema';
import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

const reportPath = (unitId: UnitId, quarter: string) => `/revisit-reports/${unitId}/${encodeURIComponent(quarter)}`;

// The answers' types come from the routes' contracts (shared/contracts/revisit-reports.contract.ts).
export type RevisitReportView = ApiAnswer<'GET /revisit-reports/{unitId}/{quarter}'>;
export type ReportList = ApiAnswer<'GET /revisit-reports'>;
const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** One quarter's reports (default: the quarter running now), a row per unit the caller may see. */
export async function listReports(quarter?: string): Promise<ReportList> {
  const { data } = await api('GET /revisit-reports', { query: { quarter } });
  return data;
}

/** The report with its figures: as submitted once submitted, computed now while it is drafted or returned. */
export async function getReport(unitId: UnitId, quarter: string): Promise<RevisitReportView> {
  const { data } = await api('GET /revisit-reports/{unitId}/{quarter}', { params: { unitId, quarter } });
  return data;
}

/** The unit head saves the written parts on the version read (412 when stale). */
export async function saveReport(unitId: UnitId, quarter: string, written: ReportWritten, version: number): Promise<RevisitReportView> {
  const { data } = await api('PUT /revisit-reports/{unitId}/{quarter}', { params: { unitId, quarter }, body: written, headers: ifMatch(version) });
  return data;
}

/** The unit head submits: the written parts are saved and the figures frozen for Sales to review. */
export async function submitReport(unitId: UnitId, quarter: string, written: ReportWritten, version: number): Promise<RevisitReportView> {
  const { data } = await api('POST /revisit-reports/{unitId}/{quarter}/submit', { params: { unitId, quarter }, body: written, headers: ifMatch(version) });
  return data;
}

/** Sales accepts the report or returns it with a comment. */
export async function reviewReport(unitId: UnitId, quarter: string, review: ReportReview, version: number): Promise<RevisitReportView> {
  const { data } = await api('POST /revisit-reports/{unitId}/{quarter}/review', { params: { unitId, quarter }, body: review, headers: ifMatch(version) });
  return data;
}

/** The report as an .xlsx. */
export async function exportReport(unitId: UnitId, quarter: string): Promise<Blob> {
  return (await apiDownload(`${reportPath(unitId, quarter)}/export`)).blob;
}
