import type { Staff } from '#shared/schemas/staff.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

export async function listStaff(unitId?: UnitId): Promise<Staff[]> {
  const { data } = await apiRequest<{ items: Staff[] }>('GET', '/staff', { query: { unitId } });
  return data.items;
}
