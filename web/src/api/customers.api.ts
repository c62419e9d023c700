import type { CustomerPage, CustomerSummary, CustomerView } from '#shared/customer-view';
import type {
  CreditRating,
  CustomerCreateInput,
  CustomerKind,
  CustomerPatchInput,
  CustomerSortField,
  Tier,
} from '#shared/schemas/customer.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

export interface CustomerListParams {
  q?: string;
  tier?: Tier;
  kind?: CustomerKind;
  unitId?: UnitId;
  ownerId?: string;
  creditRating?: CreditRating;
  /** Only archives not verified within the period (true) or only current ones (false). */
  stale?: 'true' | 'false';
  sort?: CustomerSortField;
  order?: 'asc' | 'desc';
  cursor?: string;
  limit?: number;
}

/** A customer's detail with the version to send back in If-Match when changing it. */
export interface VersionedCustomer {
  customer: CustomerView;
  /** The ETag as sent (`"3"`); falls back to the body's version when CORS hides the header. */
  etag: string;
}

const path = (id: string) => `/customers/${encodeURIComponent(id)}`;

export async function listCustomers(params: CustomerListParams): Promise<CustomerPage> {
  const { data } = await apiRequest<CustomerPage>('GET', '/customers', { query: { ...params } });
  return data;
}

/**
 * Reads a customer's detail; the server records the reading (R2). A VIP or key customer's confidential
 * sections come back only with a stated `purpose`; `maskedSections` names what was withheld.
 */
export async function getCustomer(id: string, purpose?: string): Promise<VersionedCustomer> {
  const { data, headers } = await apiRequest<CustomerView>('GET', path(id), { query: { purpose } });
  return { customer: data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

/** Write responses are summaries (no contacts); read the detail for the rest. */
export async function createCustomer(input: CustomerCreateInput): Promise<CustomerSummary> {
  const { data } = await apiRequest<CustomerSummary>('POST', '/customers', { body: input });
  return data;
}

/** Fails with 412 when someone changed the customer since `etag` was read. */
export async function updateCustomer(id: string, patch: CustomerPatchInput, etag: string): Promise<CustomerSummary> {
  const { data } = await apiRequest<CustomerSummary>('PATCH', path(id), { body: patch, headers: { 'If-Match': etag } });
  return data;
}
