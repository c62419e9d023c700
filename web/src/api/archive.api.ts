import type { CustomerSummary } from '#shared/customer-view';
import type { AccessLogEntry } from '#shared/schemas/access-log.schema';
import type { ReassignInput, ReassignResult } from '#shared/schemas/customer-archive.schema';
import type { CustomerHistoryEntry } from '#shared/schemas/customer-history.schema';
import { apiRequest } from './api-client';
import { apiDownload } from './file-transfer';

/** A cursor page as every archive list returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** A recycle-bin item: a summary that carries who binned it and when. */
export type BinnedCustomer = CustomerSummary & { deletedAt?: string; deletedBy?: string };

const customerPath = (id: string) => `/customers/${encodeURIComponent(id)}`;

/** A customer's change history, newest first. The server logs this reading like a detail reading (R2). */
export async function getCustomerHistory(
  id: string,
  params: { purpose?: string; cursor?: string; limit?: number } = {},
): Promise<Page<CustomerHistoryEntry>> {
  const { data } = await apiRequest<Page<CustomerHistoryEntry>>('GET', `${customerPath(id)}/history`, { query: { ...params } });
  return data;
}

/** Records that the caller confirmed the archive is current; 412 when it changed since `etag` was read. */
export async function verifyCustomer(id: string, etag: string): Promise<CustomerSummary> {
  const { data } = await apiRequest<CustomerSummary>('POST', `${customerPath(id)}/verify`, { headers: { 'If-Match': etag } });
  return data;
}

/** Moves a customer to the recycle bin (nothing is deleted outright); 412 when it changed since `etag` was read. */
export async function deleteCustomer(id: string, etag: string): Promise<void> {
  await apiRequest<void>('DELETE', customerPath(id), { headers: { 'If-Match': etag } });
}

export async function restoreCustomer(id: string): Promise<CustomerSummary> {
  const { data } = await apiRequest<CustomerSummary>('POST', `${customerPath(id)}/restore`);
  return data;
}

export async function listRecycleBin(params: { cursor?: string; limit?: number } = {}): Promise<Page<BinnedCustomer>> {
  const { data } = await apiRequest<Page<BinnedCustomer>>('GET', '/recycle-bin', { query: { ...params } });
  return data;
}

export async function reassignCustomers(input: ReassignInput): Promise<ReassignResult> {
  const { data } = await apiRequest<ReassignResult>('POST', '/customers/reassign', { body: input });
  return data;
}

export interface AccessLogParams {
  customerId?: string;
  userId?: string;
  /** Shanghai dates, `YYYY-MM-DD`, both inclusive. */
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export async function searchAccessLog(params: AccessLogParams): Promise<Page<AccessLogEntry>> {
  const { data } = await apiRequest<Page<AccessLogEntry>>('GET', '/access-log', { query: { ...params } });
  return data;
}

/** The access log under the search's filters as an .xlsx, in the page's language. The export is itself logged. */
export async function exportAccessLog(params: Omit<AccessLogParams, 'cursor' | 'limit'>): Promise<{ blob: Blob; rowCount: number }> {
  const { blob, headers } = await apiDownload('/access-log/export', { ...params });
  return { blob, rowCount: Number(headers.get('x-row-count') ?? 0) };
}
