import type { OpinionAction } from '#shared/schemas/opinion.schema';
import { api, type ApiAnswer } from './api-client';
import { apiDownload, saveBlob } from './file-transfer';

// The answers' types come from the routes' contracts (shared/contracts/opinions.contract.ts).
type Opinion = ApiAnswer<'GET /opinions/{opinionId}'>;

export interface OpinionFilters {
  status?: string;
  source?: string;
  unitId?: string;
  overdue?: string;
  /** Open ones waiting on a department (the 工作台's to-do links here). */
  waitingOn?: string;
}

export async function listOpinions(filters: OpinionFilters, cursor?: string): Promise<ApiAnswer<'GET /opinions'>> {
  return (await api('GET /opinions', { query: { ...filters, cursor, limit: 50 } })).data;
}

export async function actOnOpinion(opinionId: string, action: OpinionAction): Promise<Opinion> {
  return (await api('POST /opinions/{opinionId}/actions', { params: { opinionId }, body: action })).data;
}

/** The register under the same filters, as an .xlsx the browser saves. */
export async function exportOpinions(filters: OpinionFilters): Promise<void> {
  const { blob } = await apiDownload('/opinions/export', { ...filters });
  saveBlob(blob, `opinions-${new Date().toISOString().slice(0, 10)}.xlsx`);
}
