import type { Staff, StaffName } from '#shared/schemas/staff.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

export async function listStaff(unitId?: UnitId): Promise<Staff[]> {
  const { data } = await apiRequest<{ items: Staff[] }>('GET', '/staff', { query: { unitId } });
  return data.items;
}

export async function listStaffNames(): Promise<StaffName[]> {
  const { data } = await apiRequest<{ items: StaffName[] }>('GET', '/staff/names');
  return data.items;
}
