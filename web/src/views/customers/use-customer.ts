import type { ConfidentialSection } from '#shared/archive-sections';
import type { CustomerView } from '#shared/customer-view';
import { ref } from 'vue';
import { ApiError } from '../../api/api-error';
import { getCustomer } from '../../api/customers.api';
import { useArchivePurposeStore } from '../../stores/archive-purpose.store';

/** Sections the server withheld for want of a purpose (none from a server that predates R2's procedure). */
export function withheldSections(c: CustomerView): ConfidentialSection[] {
  return c.maskedSections ?? [];
}

/**
 * Loads one customer's detail with its ETag, passing the purpose the reader stated for it this session
 * (R2). `error` holds the API's message (404 also covers "not in your unit").
 */
export function useCustomer(id: () => string) {
  const purposes = useArchivePurposeStore();
  const customer = ref<CustomerView | null>(null);
  const etag = ref('');
  const loading = ref(false);
  const error = ref<ApiError | null>(null);

  async function load(): Promise<CustomerView | null> {
    loading.value = true;
    error.value = null;
    try {
      const result = await getCustomer(id(), purposes.purposeFor(id()));
      customer.value = result.customer;
      etag.value = result.etag;
      return result.customer;
    } catch (err) {
      customer.value = null;
      error.value = err instanceof ApiError ? err : new ApiError(0, 'unknown', String(err));
      return null;
    } finally {
      loading.value = false;
    }
  }

  /** States a purpose and reads again, now with the confidential sections. */
  async function loadWithPurpose(purpose: string): Promise<CustomerView | null> {
    purposes.state(id(), purpose);
    return load();
  }

  return { customer, etag, loading, error, load, loadWithPurpose };
}
