import { readonly, ref } from 'vue';

/**
 * Loads where only the latest request counts: a filter changed, a page turned or a name typed while an
 * earlier request is still on its way. Answers can arrive out of order, so an earlier, slower answer must
 * not overwrite the newer one, nor its failure be shown, nor its end clear the spinner of the newer request.
 * `run(fetch, apply, fail)` calls `fetch` at once and hands its answer to `apply` (or its error to `fail`)
 * only while no later `run` has started; `loading` is true until the latest one ends. One instance per
 * list a page loads: two loaders sharing one would drop each other's answers.
 */
export function useLatestLoad() {
  const loading = ref(false);
  let latest = 0;

  /** Resolves true when this request's answer was applied, false when it failed or a later one replaced it. */
  async function run<T>(fetch: () => Promise<T>, apply: (got: T) => void | Promise<void>, fail: (err: unknown) => void): Promise<boolean> {
    const mine = ++latest;
    loading.value = true;
    try {
      const got = await fetch();
      if (mine !== latest) return false;
      await apply(got);
      return true;
    } catch (err) {
      if (mine === latest) fail(err);
      return false;
    } finally {
      if (mine === latest) loading.value = false;
    }
  }

  /** Nothing to ask for now (an empty search, no owner chosen): any answer still on its way is dropped. */
  function ignorePending(): void {
    latest++;
    loading.value = false;
  }

  return { loading: readonly(loading), run, ignorePending };
}
