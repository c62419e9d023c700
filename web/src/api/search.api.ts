import { api, type ApiAnswer } from './api-client';

export type SearchResults = ApiAnswer<'GET /search'>;

/** The header search: customers, service requests and visits the caller may see, a handful of each. */
export async function searchEverything(q: string): Promise<SearchResults> {
  const { data } = await api('GET /search', { query: { q } });
  return data;
}
