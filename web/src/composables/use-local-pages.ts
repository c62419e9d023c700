import { computed, ref, watch, type Ref } from 'vue';

/**
 * Pages over a list already loaded in full: every row can be reached (no inner scroll box hiding the
 * tail, no silent cut), `size` at a time. A new list goes back to page 1.
 */
export function useLocalPages<T>(rows: Ref<readonly T[]>, size = 10) {
  const page = ref(1);
  watch(rows, () => {
    page.value = 1;
  });
  const shown = computed(() => rows.value.slice((page.value - 1) * size, page.value * size));
  return { page, size, shown, total: computed(() => rows.value.length) };
}
