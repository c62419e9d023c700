import type { Staff } from '#shared/schemas/staff.schema';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';

// GET /staff as the API answers it: disabled people stay listed, with their status, so their names show.
const directory: Staff[] = [
  { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east', status: 'active' },
  { id: 'east.gone', name: '钱多多', role: 'unit-staff', unitId: 'east', status: 'disabled' },
  { id: 'sales.gone', name: '赵离', role: 'sales', status: 'disabled' },
  { id: 'sales.zhang', name: '张伟', role: 'sales' },
];
const listStaff = vi.fn(async (unitId?: string) => directory.filter((s) => !unitId || s.unitId === unitId));
vi.mock('../../web/src/api/staff.api', () => ({ listStaff: (unitId?: string) => listStaff(unitId), listStaffNames: async () => [] }));

const { useStaffStore } = await import('../../web/src/stores/staff.store');
const ids = (list: Staff[]) => list.map((s) => s.id).sort();

beforeEach(() => {
  setActivePinia(createPinia());
  listStaff.mockClear();
});

describe('the people pickers (owner, assignee, transfer target, follow-up owner, unit head)', () => {
  it('offer only active people, of the unit or of the whole directory', async () => {
    const staff = useStaffStore();
    await Promise.all([staff.load('east'), staff.load()]);
    expect(ids(staff.pickable('east'))).toEqual(['east.head', 'east.staff']);
    expect(ids(staff.pickable(undefined))).toEqual(['east.head', 'east.staff', 'sales.zhang']);
  });

  it('keep a disabled person a form already holds, and their name wherever it shows', async () => {
    const staff = useStaffStore();
    await staff.load();
    expect(ids(staff.pickable(undefined, ['east.gone']))).toEqual(['east.gone', 'east.head', 'east.staff', 'sales.zhang']);
    expect(staff.nameOf('sales.gone')).toBe('赵离');
    // Filters of lists still find a disabled person's customers.
    expect(ids(staff.inUnit('east'))).toEqual(['east.gone', 'east.head', 'east.staff']);
  });

  it('read the directory again after an administrator’s change, so someone just disabled is no longer offered', async () => {
    const staff = useStaffStore();
    await staff.load('east');
    directory[1] = { ...directory[1]!, status: 'disabled' };
    expect(ids(staff.pickable('east'))).toEqual(['east.head', 'east.staff']);
    staff.clear();
    await staff.load('east');
    expect(ids(staff.pickable('east'))).toEqual(['east.head']);
    expect(listStaff).toHaveBeenCalledTimes(2);
  });
});
