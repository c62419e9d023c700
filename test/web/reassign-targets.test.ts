import type { Staff } from '#shared/schemas/staff.schema';
import { describe, expect, it } from 'vitest';
import { possibleOwners, reassignTargets } from '../../web/src/views/archive/reassign-targets';

const staff: Staff[] = [
  { id: 'admin', name: '王磊', role: 'admin' },
  { id: 'office.liu', name: '刘芳', role: 'office' },
  { id: 'sales.head', name: '李静', role: 'sales-head' },
  { id: 'sales.zhang', name: '张伟', role: 'sales' },
  { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
  { id: 'east.staff2', name: '吴昊', role: 'unit-staff', unitId: 'east' },
  { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
];
const ids = (list: Staff[]) => list.map((s) => s.id);

describe('who can take over a salesperson’s customers', () => {
  it('lists only roles that own customers', () => {
    expect(ids(possibleOwners(staff))).toEqual(['sales.head', 'sales.zhang', 'east.head', 'east.staff', 'east.staff2', 'north.staff']);
  });

  it('offers the other owners of the same unit', () => {
    expect(ids(reassignTargets(staff, 'east.staff'))).toEqual(['east.head', 'east.staff2']);
  });

  it('offers Sales staff without a unit only other Sales staff without one', () => {
    expect(ids(reassignTargets(staff, 'sales.zhang'))).toEqual(['sales.head']);
  });

  it('offers every owner for someone no longer in the directory, or before anyone is chosen', () => {
    expect(ids(reassignTargets(staff, 'left.company'))).toEqual(ids(possibleOwners(staff)));
    expect(ids(reassignTargets(staff, ''))).toEqual(ids(possibleOwners(staff)));
  });

  it('offers nobody who is disabled as the new owner, while their own customers can still be handed over', () => {
    const withDisabled = staff.map((s) => (s.id === 'east.staff2' ? { ...s, status: 'disabled' as const } : s));
    expect(ids(reassignTargets(withDisabled, 'east.staff'))).toEqual(['east.head']);
    expect(ids(reassignTargets(withDisabled, 'east.staff2'))).toEqual(['east.head', 'east.staff']);
  });
});
