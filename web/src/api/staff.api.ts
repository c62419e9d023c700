import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';

/** A colleague as GET /staff answers (shared/contracts/staff.contract.ts). */
export type StaffMember = ApiAnswer<'GET /staff'>['items'][number];
export type StaffName = ApiAnswer<'GET /staff/names'>['items'][number];

export async function listStaff(unitId?: UnitId): Promise<StaffMember[]> {
  const { data } = await api('GET /staff', { query: { unitId } });
  return data.items;
}

export async function listStaffNames(): Promise<StaffName[]> {
  const { data } = await api('GET /staff/names');
  return data.items;
}
