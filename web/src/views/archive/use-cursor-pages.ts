import { ElMessage } from 'element-plus';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../../api/api-error';
import type { Page } from '../../api/archive.api';
import { useLatestLoad } from '../../composables/use-latest-load';
import { CursorTrail } from './cursor-trail';

/**
 * A paged list behind Previous / Next buttons. Only the latest request's answer is shown, so clicking
 * fast or changing a filter mid-request never shows a stale page; failures show the API's message.
 */
export function useCursorPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const trail = new CursorTrail();
  const items = shallowRef<T[]>([]);
  const { loading, run } = useLatestLoad();
  const page = ref(1);
  const hasNext = ref(false);
  const hasPrevious = ref(false);

  function sync(): void {
    page.value = trail.page;
    hasNext.value = trail.hasNext;
    hasPrevious.value = trail.hasPrevious;
  }

  const fetchAt = (cursor: string | undefined, move: () => void): Promise<boolean> =>
    run(
      () => fetchPage(cursor),
      (result) => {
        move();
        trail.loaded(result.nextCursor);
        items.value = result.items;
        sync();
      },
      (err) => {
        if (!(err instanceof ApiError && err.status === 401)) ElMessage.error((err as Error).message);
      },
    );

  return {
    items,
    loading,
    page,
    hasNext,
    hasPrevious,
    first: () => fetchAt(undefined, () => trail.reset()),
    next: () => (trail.hasNext ? fetchAt(trail.nextCursor ?? undefined, () => trail.forward()) : Promise.resolve(false)),
    previous: () => (trail.hasPrevious ? fetchAt(trail.previousCursor, () => trail.back()) : Promise.resolve(false)),
    /** The page shown, again (after a change made from it). */
    reload: () => fetchAt(trail.current, () => undefined),
  };
}
