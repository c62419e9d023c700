import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';

/** A query parameter's value when it is one non-empty string, else undefined. */
export const queryText = (v: unknown) => (typeof v === 'string' && v ? v : undefined);

/**
 * Filters kept in the address, so a link (a reminder, a 工作台 to-do) opens a page already narrowed: `param`
 * reads one as text, `replace` writes the whole set, leaving the empty ones out.
 */
export function useQueryFilters() {
  const route = useRoute();
  const router = useRouter();
  const param = (name: string) => computed(() => queryText(route.query[name]));
  function replace(query: Record<string, string | undefined>): void {
    void router.replace({ query: Object.fromEntries(Object.entries(query).filter(([, v]) => v)) });
  }
  return { param, replace };
}
