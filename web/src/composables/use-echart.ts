import { init, type ECharts, type EChartsCoreOption } from 'echarts/core';
import { onBeforeUnmount, onMounted, ref, watch, type Ref, type WatchSource } from 'vue';

/** A theme colour of Element Plus (`--el-color-primary`…), read when the option is built, with a fallback. */
export function cssColor(name: 'primary' | 'success' | 'danger' | 'warning', fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(`--el-color-${name}`).trim() || fallback;
}

/**
 * One ECharts instance on the returned element ref, for the four charts (home, coverage, service, monthly
 * totals): made on mount with `option()`, redrawn whole when `source` changes, resized with its box (a
 * phone's 390 px, a rotated screen, the side menu folding), disposed on unmount. Each chart still registers
 * only the chart types it draws (`use([...])`), so no chart carries the others' code.
 */
export function useEChart(option: () => EChartsCoreOption, source: WatchSource | WatchSource[], onReady?: (chart: ECharts) => void): Ref<HTMLDivElement | null> {
  const el = ref<HTMLDivElement | null>(null);
  let chart: ECharts | undefined;
  let resizer: ResizeObserver | undefined;

  onMounted(() => {
    if (!el.value) return;
    chart = init(el.value, undefined, { renderer: 'canvas' });
    chart.setOption(option());
    onReady?.(chart);
    resizer = new ResizeObserver(() => chart?.resize());
    resizer.observe(el.value);
  });
  watch(source, () => chart?.setOption(option(), { notMerge: true }));
  onBeforeUnmount(() => {
    resizer?.disconnect();
    chart?.dispose();
    chart = undefined;
  });
  return el;
}
