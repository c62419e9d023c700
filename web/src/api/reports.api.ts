import { api, type ApiAnswer } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

export type ReportQuery = Record<string, string | undefined>;

/** Each R8 report's route (shared/contracts/reports.contract.ts). */
export const reportRoutes = {
  tiers: 'GET /reports/tiers',
  freshness: 'GET /reports/archive-freshness',
  'service-quality': 'GET /reports/service-quality',
} as const;
export type ReportKind = keyof typeof reportRoutes;

/** A report's figures as its route answers them without `format=xlsx` (that answer is a download link instead). */
export type ReportView<K extends ReportKind> = Exclude<ApiAnswer<(typeof reportRoutes)[K]>, { url: string }>;
export type TierReportView = ReportView<'tiers'>;
export type FreshnessReportView = ReportView<'freshness'>;
export type ServiceQualityView = ReportView<'service-quality'>;

const clean = (q: ReportQuery) => Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Record<string, string>;
const pathOf = (kind: ReportKind) => reportRoutes[kind].slice('GET '.length);

export async function getReport<K extends ReportKind>(kind: K, query: ReportQuery): Promise<ReportView<K>> {
  const route: (typeof reportRoutes)[ReportKind] = reportRoutes[kind];
  const { data } = await api(route, { query: clean(query) });
  return data as ReportView<K>;
}

/** The report under the filters shown, as the .xlsx the API builds, saved under the API's file name. */
export async function exportReport(kind: ReportKind, query: ReportQuery, fallbackName: string): Promise<void> {
  const { blob, fileName } = await apiDownload(pathOf(kind), { ...clean(query), format: 'xlsx' });
  saveBlob(blob, fileName ?? fallbackName);
}
