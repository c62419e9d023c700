/**
 * Element Plus components the SPA uses. The resolver imports each one's CSS on first use; listing the
 * style entries here lets Vite pre-bundle them at start-up instead of re-optimizing (and reloading the
 * page) on the first visit, which breaks browser tests (DESIGN.md, Known traps).
 * test/web/element-plus-prebundle.test.ts fails when a template uses one not listed here.
 */
export const elementPlusComponents = [
  'base', 'alert', 'aside', 'button', 'card', 'checkbox', 'col', 'config-provider', 'container', 'descriptions',
  'descriptions-item', 'divider', 'form', 'form-item', 'header', 'icon', 'input', 'loading', 'main', 'menu',
  'menu-item', 'message', 'message-box', 'option', 'option-group', 'page-header', 'result', 'row', 'select', 'table',
  'table-column', 'tag',
  // The archive (issue 3): inbox bell and drawer, history timeline, access-log dates, reassignment.
  'badge', 'drawer', 'switch', 'empty', 'timeline', 'timeline-item', 'date-picker', 'date-picker-panel', 'radio',
  'radio-group', 'dialog', 'progress', 'steps', 'step',
  // Orders and tiers (issue 4): override and decision dialogs, policy tabs, tier rules (with timeline, date-picker, radio above).
  'dialog', 'tabs', 'tab-pane', 'radio-button', 'checkbox-group',
  // Service requests (issue 6): satisfaction rating on the action form.
  'rate',
  // Reception (issue 7): the visit calendar, headcount and rooms.
  'calendar', 'input-number',
  // Phone layout (issue 13): the header's user menu on a phone; paged lists.
  'dropdown', 'dropdown-menu', 'dropdown-item', 'pagination',
  // Credit grades (issue 3): the tier rules page's ordered grade list.
  'input-tag',
];
