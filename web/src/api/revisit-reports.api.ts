import type { ReportListRow, ReportReview, ReportWritten, RevisitReportView } from '#shared/schemas/revisit-report.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';
import { apiDownload } from './file-transfer';

const reportPath = (unitId: UnitId, quarter: string) => `/revisit-reports/${unitId}/${encodeURIComponent(quarter)}`;

/** One quarter's reports (default: the quarter running now), a row per unit the caller may see. */
export async function listReports(quarter?: string): Promise<{ quarter: string; items: ReportListRow[] }> {
  const { data } = await apiRequest<{ quarter: string; items: ReportListRow[] }>('GET', '/revisit-reports', { query: { quarter } });
  return data;
}

/** The report with its figures: as submitted once submitted, computed now while it is drafted or returned. */
export async function getReport(unitId: UnitId, quarter: string): Promise<RevisitReportView> {
  const { data } = await apiRequest<RevisitReportView>('GET', reportPath(unitId, quarter));
  return data;
}

/** The unit head saves the written parts on the version read (412 when stale). */
export async function saveReport(unitId: UnitId, quarter: string, written: ReportWritten, version: number): Promise<RevisitReportView> {
  const { data } = await apiRequest<RevisitReportView>('PUT', reportPath(unitId, quarter), { body: written, headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** The unit head submits: the written parts are saved and the figures frozen for Sales to review. */
export async function submitReport(unitId: UnitId, quarter: string, written: ReportWritten, version: number): Promise<RevisitReportView> {
  const { data } = await apiRequest<RevisitReportView>('POST', `${reportPath(unitId, quarter)}/submit`, { body: written, headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** Sales accepts the report or returns it with a comment. */
export async function reviewReport(unitId: UnitId, quarter: string, review: ReportReview, version: number): Promise<RevisitReportView> {
  const { data } = await apiRequest<RevisitReportView>('POST', `${reportPath(unitId, quarter)}/review`, { body: review, headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** The report as an .xlsx. */
export async function exportReport(unitId: UnitId, quarter: string): Promise<Blob> {
  return (await apiDownload(`${reportPath(unitId, quarter)}/export`)).blob;
}
