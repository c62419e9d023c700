import { ref, watch, type WatchSource } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { showFailure } from '../views/show-failure';
import { quarterOptions } from './quarter-options';
import { useLatestLoad } from './use-latest-load';

/**
 * One quarter's rows of a quarterly list (the revisit reports, the scorecards): the quarter is kept in the
 * address (`?quarter=`), so a link opens the same quarter; rows load again when it or any of `reloadOn`
 * changes, and only the answer to the latest request is shown.
 */
export function useQuarterRows<R>(load: (quarter: string) => Promise<{ items: R[] }>, reloadOn: WatchSource[] = []) {
  const route = useRoute();
  const router = useRouter();
  const quarters = quarterOptions(new Date());
  const quarter = ref(quarters.find((q) => q === route.query.quarter) ?? quarters[0]!);
  const rows = ref<R[]>([]);
  const { loading, run } = useLatestLoad();

  const reload = () =>
    run(
      () => load(quarter.value),
      (page) => {
        rows.value = page.items;
      },
      showFailure,
    );

  watch(
    [quarter, ...reloadOn],
    () => {
      if (route.query.quarter !== quarter.value) void router.replace({ query: { ...route.query, quarter: quarter.value } });
      void reload();
    },
    { immediate: true },
  );
  return { quarters, quarter, rows, loading };
}
