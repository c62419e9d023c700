import { describe, expect, it } from 'vitest';
import { guardProblem, matchesUserQuery, placementProblem, userChanges } from '../../shared/users/user-rules';

const admin = { id: 'a', role: 'admin' as const, status: 'active' as const };
const admin2 = { id: 'b', role: 'admin' as const, status: 'active' as const };
const staff = { id: 's', role: 'unit-staff' as const };

describe('placement', () => {
  it('asks a unit of unit roles and refuses one to the others', () => {
    expect(placementProblem('unit-staff', undefined)).toBe('user.unitRequired');
    expect(placementProblem('unit-head', 'east')).toBeUndefined();
    expect(placementProblem('sales', 'east')).toBe('user.unitRefused');
    expect(placementProblem('finance', undefined)).toBeUndefined();
  });
});

describe('guards', () => {
  it('refuses changing one’s own role or disabling oneself, not editing oneself', () => {
    expect(guardProblem('a', admin, { role: 'sales' }, [admin, admin2])).toBe('user.self');
    expect(guardProblem('a', admin, { disable: true }, [admin, admin2])).toBe('user.self');
    expect(guardProblem('a', admin, { role: 'admin' }, [admin])).toBeUndefined();
  });

  it('keeps the last active administrator, counting only active ones', () => {
    expect(guardProblem('x', admin, { disable: true }, [admin])).toBe('user.lastAdmin');
    expect(guardProblem('x', admin, { role: 'office' }, [admin, { ...admin2, status: 'disabled' }])).toBe('user.lastAdmin');
    expect(guardProblem('x', admin, { disable: true }, [admin, admin2])).toBeUndefined();
    // Entries from before statuses existed are active.
    expect(guardProblem('x', admin, { disable: true }, [admin, { id: 'c', role: 'admin' }])).toBeUndefined();
    expect(guardProblem('x', { ...staff, status: 'active' }, { disable: true }, [admin])).toBeUndefined();
  });
});

describe('history changes', () => {
  it('lists each field before → after, and nothing for an unchanged person', () => {
    const before = { id: 's', name: '周婷', role: 'unit-staff' as const, unitId: 'east' as const };
    expect(userChanges(before, { ...before, role: 'unit-head' })).toEqual([{ field: 'role', before: 'unit-staff', after: 'unit-head' }]);
    expect(userChanges(undefined, before)).toEqual([
      { field: 'name', after: '周婷' },
      { field: 'role', after: 'unit-staff' },
      { field: 'unitId', after: 'east' },
    ]);
    expect(userChanges(before, before)).toEqual([]);
  });
});

describe('list filters', () => {
  const u = { id: 'East.Staff', name: '周婷', role: 'unit-staff' as const, unitId: 'east', status: 'active' };
  it('matches name or username ignoring case, role, unit, status and department', () => {
    expect(matchesUserQuery(u, { q: 'east.s' })).toBe(true);
    expect(matchesUserQuery(u, { q: '周' })).toBe(true);
    expect(matchesUserQuery(u, { q: '王' })).toBe(false);
    expect(matchesUserQuery(u, { role: 'sales' })).toBe(false);
    expect(matchesUserQuery(u, { unitId: 'north' })).toBe(false);
    expect(matchesUserQuery(u, { status: 'disabled' })).toBe(false);
    expect(matchesUserQuery(u, { department: 'unit:east' })).toBe(true);
    expect(matchesUserQuery({ ...u, role: undefined }, { department: 'unit:east' })).toBe(false);
  });
});
