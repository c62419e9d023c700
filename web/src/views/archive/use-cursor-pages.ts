import { ElMessage } from 'element-plus';
import { ref, shallowRef } from 'vue';
import { ApiError } from '../../api/api-error';
import type { Page } from '../../api/archive.api';
import { CursorTrail } from './cursor-trail';

/**
 * A paged list behind Previous / Next buttons. Only the latest request's answer is shown, so clicking
 * fast or changing a filter mid-request never shows a stale page; failures show the API's message.
 */
export function useCursorPages<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const trail = new CursorTrail();
  const items = shallowRef<T[]>([]);
  const loading = ref(false);
  const page = ref(1);
  const hasNext = ref(false);
  const hasPrevious = ref(false);
  let seq = 0;

  function sync(): void {
    page.value = trail.page;
    hasNext.value = trail.hasNext;
    hasPrevious.value = trail.hasPrevious;
  }

  async function fetchAt(cursor: string | undefined, move: () => void): Promise<boolean> {
    const mine = ++seq;
    loading.value = true;
    try {
      const result = await fetchPage(cursor);
      if (mine !== seq) return false;
      move();
      trail.loaded(result.nextCursor);
      items.value = result.items;
      sync();
      return true;
    } catch (err) {
      if (mine === seq && !(err instanceof ApiError && err.status === 401)) ElMessage.error((err as Error).message);
      return false;
    } finally {
      if (mine === seq) loading.value = false;
    }
  }

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
