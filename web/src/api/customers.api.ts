import type {
  CreditRating,
  CustomerCreateInput,
  CustomerKind,
  CustomerPatchInput,
  CustomerSortField,
  Tier,
} from '#shared/schemas/customer.schema';
import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/customers.contract.ts).
export type CustomerPage = ApiAnswer<'GET /customers'>;
export type CustomerView = ApiAnswer<'GET /customers/{customerId}'>;
/** Write responses are summaries (no contacts); read the detail for the rest. */
export type CustomerSummary = ApiAnswer<'PATCH /customers/{customerId}'>;

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

export async function listCustomers(params: CustomerListParams): Promise<CustomerPage> {
  const { data } = await api('GET /customers', { query: { ...params } });
  return data;
}

/**
 * Reads a customer's detail; the server records the reading (R2). A VIP or key customer's confidential
 * sections come back only with a stated `purpose`; `maskedSections` names what was withheld.
 */
export async function getCustomer(customerId: string, purpose?: string): Promise<VersionedCustomer> {
  const { data, headers } = await api('GET /customers/{customerId}', { params: { customerId }, query: { purpose } });
  return { customer: data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

/** Write responses are summaries (no contacts); read the detail for the rest. */
export async function createCustomer(input: CustomerCreateInput): Promise<ApiAnswer<'POST /customers'>> {
  const { data } = await api('POST /customers', { body: input });
  return data;
}

/** Fails with 412 when someone changed the customer since `etag` was read. */
export async function updateCustomer(customerId: string, patch: CustomerPatchInput, etag: string): Promise<CustomerSummary> {
  const { data } = await api('PATCH /customers/{customerId}', { params: { customerId }, body: patch, headers: { 'If-Match': etag } });
  return data;
}
