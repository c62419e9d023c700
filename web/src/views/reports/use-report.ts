import { ElMessage } from 'element-plus';
import { nextTick, reactive, ref, shallowRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { ApiError } from '../../api/api-error';
import { exportReport, getReport, type ReportKind, type ReportQuery, type ReportView } from '../../api/reports.api';
import { useLatestLoad } from '../../composables/use-latest-load';
import { showFailure } from '../show-failure';

/**
 * One R8 report page: its filters live in the address (so a link, a reload and the print view show the same
 * report), loading, the .xlsx export and the print view under the same filters. In print mode the report
 * loads, then the browser's print dialog opens.
 */
export function useReport<K extends ReportKind>(kind: K, filterNames: readonly string[], print: boolean) {
  const { t } = useI18n();
  const route = useRoute();
  const router = useRouter();
  const filters = reactive<ReportQuery>(Object.fromEntries(filterNames.map((n) => [n, typeof route.query[n] === 'string' ? (route.query[n] as string) : undefined])));
  const report = shallowRef<ReportView<K> | null>(null);
  const { loading, run } = useLatestLoad();
  const exporting = ref(false);

  const current = (): ReportQuery => Object.fromEntries(filterNames.map((n) => [n, filters[n] || undefined]));

  const load = () =>
    run(
      () => getReport(kind, current()),
      async (got) => {
        report.value = got;
        if (print) {
          await nextTick();
          window.print();
        }
      },
      showFailure,
    );

  async function apply(): Promise<void> {
    await router.replace({ query: { ...route.query, ...current() } });
    await load();
  }

  async function download(): Promise<void> {
    exporting.value = true;
    try {
      await exportReport(kind, current(), `${kind}.xlsx`);
      ElMessage.success(t('reports.exported'));
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) showFailure(err);
    } finally {
      exporting.value = false;
    }
  }

  function openPrint(): void {
    const href = router.resolve({ path: `${route.path}/print`, query: current() as Record<string, string> }).href;
    window.open(href, '_blank', 'noopener');
  }

  void load();
  return { filters, report, loading, exporting, apply, download, openPrint };
}
