import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';

export type HomeView = ApiAnswer<'GET /home'>;

/** The caller's 工作台: to-dos and their scope's figures (GET /home). */
export async function getHome(unitId?: UnitId): Promise<HomeView> {
  const { data } = await api('GET /home', { query: unitId ? { unitId } : {} });
  return data;
}
