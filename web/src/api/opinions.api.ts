import type { Opinion, OpinionAction } from '#shared/schemas/opinion.schema';
import { apiRequest } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

export type { Opinion };

export interface OpinionFilters {
  status?: string;
  source?: string;
  unitId?: string;
  overdue?: string;
  /** Open ones waiting on a department (the 工作台's to-do links here). */
  waitingOn?: string;
}

export async function listOpinions(filters: OpinionFilters, cursor?: string): Promise<{ items: Opinion[]; nextCursor: string | null }> {
  return (await apiRequest<{ items: Opinion[]; nextCursor: string | null }>('GET', '/opinions', { query: { ...filters, cursor, limit: 50 } })).data;
}

export async function actOnOpinion(id: string, action: OpinionAction): Promise<Opinion> {
  return (await apiRequest<Opinion>('POST', `/opinions/${encodeURIComponent(id)}/actions`, { body: action })).data;
}

/** The register under the same filters, as an .xlsx the browser saves. */
export async function exportOpinions(filters: OpinionFilters): Promise<void> {
  const { blob } = await apiDownload('/opinions/export', { ...filters });
  saveBlob(blob, `opinions-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
