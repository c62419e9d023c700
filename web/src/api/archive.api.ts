import type { ReassignInput } from '#shared/schemas/customer-archive.schema';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

/** A cursor page as every archive list returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

// The answers' types come from the routes' contracts (shared/contracts/customers.contract.ts, access-log.contract.ts).
export type CustomerHistoryPage = ApiAnswer<'GET /customers/{customerId}/history'>;
/** A recycle-bin item: a summary that carries who binned it and when. */
export type BinnedCustomer = ApiAnswer<'GET /recycle-bin'>['items'][number];
export type AccessLogEntry = ApiAnswer<'GET /access-log'>['items'][number];
type Summary = ApiAnswer<'POST /customers/{customerId}/verify'>;

/** A customer's change history, newest first. The server logs this reading like a detail reading (R2). */
export async function getCustomerHistory(customerId: string, query: { purpose?: string; cursor?: string; limit?: number } = {}): Promise<CustomerHistoryPage> {
  const { data } = await api('GET /customers/{customerId}/history', { params: { customerId }, query });
  return data;
}

/** Records that the caller confirmed the archive is current; 412 when it changed since `etag` was read. */
export async function verifyCustomer(customerId: string, etag: string): Promise<Summary> {
  const { data } = await api('POST /customers/{customerId}/verify', { params: { customerId }, headers: { 'If-Match': etag } });
  return data;
}

/** Moves a customer to the recycle bin (nothing is deleted outright); 412 when it changed since `etag` was read. */
export async function deleteCustomer(customerId: string, etag: string): Promise<void> {
  await api('DELETE /customers/{customerId}', { params: { customerId }, headers: { 'If-Match': etag } });
}

export async function restoreCustomer(customerId: string): Promise<Summary> {
  const { data } = await api('POST /customers/{customerId}/restore', { params: { customerId } });
  return data;
}

export async function listRecycleBin(query: { cursor?: string; limit?: number } = {}): Promise<Page<BinnedCustomer>> {
  const { data } = await api('GET /recycle-bin', { query });
  return data;
}

export async function reassignCustomers(input: ReassignInput): Promise<ApiAnswer<'POST /customers/reassign'>> {
  const { data } = await api('POST /customers/reassign', { body: input });
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

export async function searchAccessLog(query: AccessLogParams): Promise<Page<AccessLogEntry>> {
  const { data } = await api('GET /access-log', { query });
  return data;
}

/** The access log under the search's filters as an .xlsx, in the page's language. The export is itself logged. */
export async function exportAccessLog(params: Omit<AccessLogParams, 'cursor' | 'limit'>): Promise<{ blob: Blob; rowCount: number }> {
  const { blob, headers } = await apiDownload('/access-log/export', { ...params });
  return { blob, rowCount: Number(headers.get('x-row-count') ?? 0) };
}
