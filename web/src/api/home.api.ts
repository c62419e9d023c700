import type { HomeView } from '#shared/schemas/home.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

/** The caller's 工作台: to-dos and their scope's figures (GET /home). */
export async function getHome(unitId?: UnitId): Promise<HomeView> {
  const { data } = await apiRequest<HomeView>('GET', '/home', { query: unitId ? { unitId } : {} });
  return data;
}
