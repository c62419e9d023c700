import { onBeforeUnmount, watch, type Ref } from 'vue';

const boxes = '.el-table__body-wrapper .el-scrollbar__wrap';
const marker = 'focusableScroll';

/**
 * A table that stays a table on a phone scrolls sideways inside its own box (phone.css); a box that scrolls
 * must be reachable by keyboard (WCAG 2.1.1; axe-core's scrollable-region-focusable). Element Plus's table
 * takes a tabindex one table at a time (`scrollbar-tabindex`); this gives it to every table under `root`
 * while `active`, and only to a box that does scroll, so no page has to remember it and no box that does
 * not scroll becomes a needless tab stop. Boxes given a tabindex by their page are left alone.
 */
export function useFocusableScrollBoxes(root: Readonly<Ref<HTMLElement | undefined>>, active: Readonly<Ref<boolean>>): void {
  let observer: MutationObserver | undefined;
  let frame = 0;

  const mark = () => {
    frame = 0;
    root.value?.querySelectorAll<HTMLElement>(boxes).forEach((box) => {
      const scrolls = box.scrollWidth > box.clientWidth + 1;
      const ours = marker in box.dataset;
      if (scrolls && !box.hasAttribute('tabindex')) {
        box.setAttribute('tabindex', '0');
        box.dataset[marker] = '';
      } else if (!scrolls && ours) unmark(box);
    });
  };
  const unmark = (box: HTMLElement) => {
    box.removeAttribute('tabindex');
    delete box.dataset[marker];
  };
  const schedule = () => {
    if (!frame) frame = requestAnimationFrame(mark);
  };
  const stop = () => {
    observer?.disconnect();
    observer = undefined;
    if (frame) cancelAnimationFrame(frame);
    frame = 0;
  };

  watch(
    [root, active],
    ([el, on]) => {
      stop();
      if (!el) return;
      if (!on) {
        el.querySelectorAll<HTMLElement>(boxes).forEach((box) => marker in box.dataset && unmark(box));
        return;
      }
      // Rows arrive (childList) and the table lays out its columns (style and width attributes) after the page is drawn.
      observer = new MutationObserver(schedule);
      observer.observe(el, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'width'] });
      schedule();
    },
    { immediate: true },
  );
  onBeforeUnmount(stop);
}
