import type { ArchiveSettings } from '#shared/schemas/archive-settings.schema';
import type { UnitCreateInput, UnitPatch } from '#shared/schemas/unit.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/units.contract.ts, archive-settings.contract.ts).
export type StoredArchiveSettings = ApiAnswer<'GET /settings/archive'>;
export type ArchiveSettingsChange = ApiAnswer<'GET /settings/archive/history'>['items'][number];

const ifMatch = (version: number) => ({ 'If-Match': `"${version}"` });

/** Every unit, retired ones included, in code order. */
export async function listUnits(): Promise<ApiAnswer<'GET /units'>['items']> {
  const { data } = await api('GET /units');
  return data.items;
}

export async function createUnit(input: UnitCreateInput): Promise<ApiAnswer<'POST /units'>> {
  const { data } = await api('POST /units', { body: input });
  return data;
}

/** Fails with 412 when someone changed the unit since `version` was read. */
export async function updateUnit(code: string, patch: UnitPatch, version: number): Promise<ApiAnswer<'PATCH /units/{code}'>> {
  const { data } = await api('PATCH /units/{code}', { params: { code }, body: patch, headers: ifMatch(version) });
  return data;
}

/** Fails with 409 naming how many customers and active staff the unit still has. */
export async function retireUnit(code: string, version: number): Promise<ApiAnswer<'POST /units/{code}/retire'>> {
  const { data } = await api('POST /units/{code}/retire', { params: { code }, headers: ifMatch(version) });
  return data;
}

/** Newest first. */
export async function getUnitHistory(code: string): Promise<ApiAnswer<'GET /units/{code}/history'>['items']> {
  const { data } = await api('GET /units/{code}/history', { params: { code } });
  return data.items;
}

export async function getArchiveSettings(): Promise<StoredArchiveSettings> {
  const { data } = await api('GET /settings/archive');
  return data;
}

/** Fails with 412 when another administrator changed the setting since `version` was read. */
export async function updateArchiveSettings(settings: ArchiveSettings, version: number): Promise<StoredArchiveSettings> {
  const { data } = await api('PUT /settings/archive', { body: settings, headers: ifMatch(version) });
  return data;
}

/** Newest first. */
export async function getArchiveSettingsHistory(): Promise<ArchiveSettingsChange[]> {
  const { data } = await api('GET /settings/archive/history');
  return data.items;
}
