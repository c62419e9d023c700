import { readonly, ref, type Ref } from 'vue';

/**
 * The one breakpoint of the SPA: below 768 px the layout is the phone's (menu in a drawer, lists as
 * cards, forms with labels above fields, full-screen dialogs). phone.css uses the same width; keep both.
 */
export const phoneMaxWidth = 767;
export const phoneQuery = `(max-width: ${phoneMaxWidth}px)`;

let shared: Ref<boolean> | undefined;

/** Whether the window is phone-sized now; one media-query listener for the whole app. */
export function useIsPhone(): Readonly<Ref<boolean>> {
  if (!shared) {
    const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(phoneQuery) : undefined;
    const state = ref(query?.matches ?? false);
    query?.addEventListener('change', (e) => {
      state.value = e.matches;
    });
    shared = state;
  }
  return readonly(shared);
}
