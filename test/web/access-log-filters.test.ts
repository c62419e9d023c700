import { describe, expect, it } from 'vitest';
import {
  accessLogFiltersFromQuery,
  paramsFromAccessLogFilters,
  queryFromAccessLogFilters,
} from '../../web/src/views/archive/access-log-filters';

const none = { customerId: '', customerName: '', userId: '', from: '', to: '' };

describe('access-log filters kept in the URL', () => {
  it('reads the filters and drops dates that are not YYYY-MM-DD', () => {
    expect(accessLogFiltersFromQuery({ customerId: 'seed-001', customerName: '浦江', userId: 'office.liu', from: '2026-11-01', to: 'yesterday' })).toEqual({
      customerId: 'seed-001',
      customerName: '浦江',
      userId: 'office.liu',
      from: '2026-11-01',
      to: '',
    });
  });

  it('keeps a customer name only with its customer', () => {
    expect(accessLogFiltersFromQuery({ customerName: '浦江' })).toEqual(none);
    expect(queryFromAccessLogFilters({ ...none, customerName: '浦江' })).toEqual({});
  });

  it('round-trips through the URL, writing only the filters in use', () => {
    const filters = { ...none, customerId: 'seed-001', customerName: '浦江', from: '2026-11-01', to: '2026-11-30' };

    expect(queryFromAccessLogFilters(filters)).toEqual({ customerId: 'seed-001', customerName: '浦江', from: '2026-11-01', to: '2026-11-30' });
    expect(accessLogFiltersFromQuery(queryFromAccessLogFilters(filters) as Record<string, string>)).toEqual(filters);
  });

  it('sends the API only its own parameters, a backwards range the right way round', () => {
    expect(paramsFromAccessLogFilters({ ...none, customerName: '浦江', userId: 'leader', from: '2026-11-30', to: '2026-11-01' })).toEqual({
      customerId: undefined,
      userId: 'leader',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(paramsFromAccessLogFilters(none)).toEqual({ customerId: undefined, userId: undefined, from: undefined, to: undefined });
  });
});
