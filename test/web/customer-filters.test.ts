import { describe, expect, it } from 'vitest';
import { filtersFromQuery, paramsFromFilters, queryFromFilters } from '../../web/src/views/customers/customer-filters';

describe('list filters kept in the URL', () => {
  it('reads known values and drops unknown tiers and units', () => {
    expect(filtersFromQuery({ q: '浦江', tier: 'platinum', unitId: 'west', ownerId: 'east.staff' })).toEqual({
      q: '浦江',
      tier: '',
      unitId: '',
      ownerId: 'east.staff',
    });
  });

  it('writes only the filters in use, with the search text trimmed', () => {
    expect(queryFromFilters({ q: '  浦江 ', tier: 'vip', unitId: '', ownerId: '' })).toEqual({ q: '浦江', tier: 'vip' });
  });

  it('round-trips through the URL', () => {
    const filters = { q: '91310115FQ2XUEC4DJ', tier: 'key' as const, unitId: 'north' as const, ownerId: 'north.staff' };

    expect(filtersFromQuery(queryFromFilters(filters) as Record<string, string>)).toEqual(filters);
  });

  it('leaves unset filters out of the API query', () => {
    expect(paramsFromFilters({ q: ' ', tier: '', unitId: 'east', ownerId: '' })).toEqual({
      q: undefined,
      tier: undefined,
      unitId: 'east',
      ownerId: undefined,
    });
  });
});
