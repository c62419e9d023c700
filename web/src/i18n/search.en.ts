import type { searchZhCN } from './search.zh-CN';

/** The header search box (issue 12), English. */
export const searchEn: typeof searchZhCN = {
  search: {
    placeholder: 'Customer, phone’s last 4 digits, contact, request no.',
    label: 'Search everything (press / to focus)',
    groups: { customers: 'Customers', serviceRequests: 'Service requests', visits: 'Receptions' },
    nothing: 'Nothing matches',
    failed: 'The search failed; please try again',
    searching: 'Searching…',
    hint: '↑↓ to choose, Enter to open, Esc to close',
    arrival: 'arrives {date}',
  },
};
