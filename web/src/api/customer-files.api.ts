import type { CustomerListParams } from './customers.api';
import { api, type ApiAnswer } from './api-client';
import { apiDownload } from './file-transfer';

export type SimilarCustomer = ApiAnswer<'GET /customers/similar'>['items'][number];

/** The current list filter as an .xlsx, in the caller's scope; confidential columns only with a purpose. Logged. */
export async function exportCustomers(params: Omit<CustomerListParams, 'cursor' | 'limit'> & { purpose?: string }): Promise<Blob> {
  return (await apiDownload('/customers/export', { ...params })).blob;
}

/** Existing customers whose names look like the same company (near-duplicates), asked before saving a new one. */
export async function findSimilarCustomers(name: string, excludeId?: string): Promise<SimilarCustomer[]> {
  const { data } = await api('GET /customers/similar', { query: { name, excludeId } });
  return data.items;
}
