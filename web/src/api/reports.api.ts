import type { FreshnessReport } from '#shared/reports/freshness-report';
import type { QualityRow } from '#shared/reports/service-quality';
import type { TierReport } from '#shared/reports/tier-report';
import type { UnitLabel } from '#shared/units';
import { apiRequest } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

export type ReportQuery = Record<string, string | undefined>;

export interface TierReportView extends TierReport {
  from: string;
  to: string;
  units: string[];
  choices: UnitLabel[];
}
export interface FreshnessReportView extends FreshnessReport {
  asOf: string;
  units: string[];
  choices: UnitLabel[];
  names: Record<string, string>;
}
export interface ServiceQualityView {
  from: string;
  to: string;
  department?: string;
  rows: QualityRow[];
  totals: QualityRow[];
  departments: { value: string; label: { 'zh-CN': string; en: string }; active: boolean }[];
}

export const reportPaths = {
  tiers: '/reports/tiers',
  freshness: '/reports/archive-freshness',
  'service-quality': '/reports/service-quality',
} as const;
export type ReportKind = keyof typeof reportPaths;

const clean = (q: ReportQuery) => Object.fromEntries(Object.entries(q).filter(([, v]) => v)) as Record<string, string>;

export async function getReport<T>(kind: ReportKind, query: ReportQuery): Promise<T> {
  const { data } = await apiRequest<T>('GET', reportPaths[kind], { query: clean(query) });
  return data;
}

/** The report under the filters shown, as the .xlsx the API builds, saved under the API's file name. */
export async function exportReport(kind: ReportKind, query: ReportQuery, fallbackName: string): Promise<void> {
  const { blob, fileName } = await apiDownload(reportPaths[kind], { ...clean(query), format: 'xlsx' });
  saveBlob(blob, fileName ?? fallbackName);
}
