import type { SimilarCustomer } from '#shared/schemas/customer-similar.schema';
import type { CustomerListParams } from './customers.api';
import { apiRequest } from './api-client';
import { apiDownload } from './file-transfer';

/** The current list filter as an .xlsx, in the caller's scope; confidential columns only with a purpose. Logged. */
export async function exportCustomers(params: Omit<CustomerListParams, 'cursor' | 'limit'> & { purpose?: string }): Promise<Blob> {
  return (await apiDownload('/customers/export', { ...params })).blob;
}

/** Existing customers whose names look like the same company (near-duplicates), asked before saving a new one. */
export async function findSimilarCustomers(name: string, excludeId?: string): Promise<SimilarCustomer[]> {
  const { data } = await apiRequest<{ items: SimilarCustomer[] }>('GET', '/customers/similar', { query: { name, excludeId } });
  return data.items;
}
