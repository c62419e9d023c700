import { describe, expect, it } from 'vitest';
import { filtersFromQuery, paramsFromFilters, queryFromFilters, type CustomerFilters } from '../../web/src/views/customers/customer-filters';

const none: CustomerFilters = { q: '', tier: '', kind: '', unitId: '', ownerId: '', creditRating: '', stale: '', sort: '' };

describe('list filters kept in the URL', () => {
  it('reads known values and drops unknown tiers, units, kinds, freshness and orders', () => {
    expect(filtersFromQuery({ q: '浦江', tier: 'platinum', unitId: 'West Side!', ownerId: 'east.staff' })).toEqual({
      ...none,
      q: '浦江',
      ownerId: 'east.staff',
    });
    // Units are records now (issue 11): a well-formed code is kept, and the list answers for it (empty if none).
    expect(filtersFromQuery({ unitId: 'west' }).unitId).toBe('west');
    expect(filtersFromQuery({ kind: 'partner', stale: 'yes', sort: 'random' })).toEqual(none);
    // Grades are the administrator's setting: any grade in a link is kept, and the API checks its shape.
    expect(filtersFromQuery({ creditRating: ' A+ ' }).creditRating).toBe('A+');
  });

  it('writes only the filters in use, with the search text trimmed and the default order left out', () => {
    expect(queryFromFilters({ ...none, q: '  浦江 ', tier: 'vip', sort: 'name' })).toEqual({ q: '浦江', tier: 'vip' });
  });

  it('round-trips through the URL', () => {
    const filters: CustomerFilters = {
      q: '91310115FQ2XUEC4DJ',
      tier: 'key',
      kind: 'service',
      unitId: 'north',
      ownerId: 'north.staff',
      creditRating: 'AA',
      stale: 'true',
      sort: 'annualAmount',
    };

    expect(filtersFromQuery(queryFromFilters(filters) as Record<string, string>)).toEqual(filters);
  });

  it('leaves unset filters out of the API query', () => {
    expect(paramsFromFilters({ ...none, q: ' ', unitId: 'east' })).toEqual({ unitId: 'east' });
    expect(paramsFromFilters({ ...none, stale: 'false', sort: 'updatedAt', creditRating: 'B', kind: 'potential' })).toEqual({
      stale: 'false',
      sort: 'updatedAt',
      creditRating: 'B',
      kind: 'potential',
    });
  });
});
