import type { SearchResults } from '#shared/schemas/search.schema';
import { apiRequest } from './api-client';

/** The header search: customers, service requests and visits the caller may see, a handful of each. */
export async function searchEverything(q: string): Promise<SearchResults> {
  const { data } = await apiRequest<SearchResults>('GET', '/search', { query: { q } });
  return data;
}
