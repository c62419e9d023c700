import type { ArchiveSettings } from '#shared/schemas/archive-settings.schema';
import type { Unit, UnitChange, UnitCreateInput, UnitPatch } from '#shared/schemas/unit.schema';
import { apiRequest } from './api-client';

const unitPath = (code: string) => `/units/${encodeURIComponent(code)}`;

/** Every unit, retired ones included, in code order. */
export async function listUnits(): Promise<Unit[]> {
  const { data } = await apiRequest<{ items: Unit[] }>('GET', '/units');
  return data.items;
}

export async function createUnit(input: UnitCreateInput): Promise<Unit> {
  const { data } = await apiRequest<Unit>('POST', '/units', { body: input });
  return data;
}

/** Fails with 412 when someone changed the unit since `version` was read. */
export async function updateUnit(code: string, patch: UnitPatch, version: number): Promise<Unit> {
  const { data } = await apiRequest<Unit>('PATCH', unitPath(code), { body: patch, headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** Fails with 409 naming how many customers and active staff the unit still has. */
export async function retireUnit(code: string, version: number): Promise<Unit> {
  const { data } = await apiRequest<Unit>('POST', `${unitPath(code)}/retire`, { headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** Newest first. */
export async function getUnitHistory(code: string): Promise<UnitChange[]> {
  const { data } = await apiRequest<{ items: UnitChange[] }>('GET', `${unitPath(code)}/history`);
  return data.items;
}

export interface StoredArchiveSettings {
  settings: ArchiveSettings;
  /** 0 while the policy's default applies. */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface ArchiveSettingsChange extends StoredArchiveSettings {
  previous: ArchiveSettings;
  updatedAt: string;
  updatedBy: string;
}

export async function getArchiveSettings(): Promise<StoredArchiveSettings> {
  const { data } = await apiRequest<StoredArchiveSettings>('GET', '/settings/archive');
  return data;
}

/** Fails with 412 when another administrator changed the setting since `version` was read. */
export async function updateArchiveSettings(settings: ArchiveSettings, version: number): Promise<StoredArchiveSettings> {
  const { data } = await apiRequest<StoredArchiveSettings>('PUT', '/settings/archive', { body: settings, headers: { 'If-Match': `"${version}"` } });
  return data;
}

/** Newest first. */
export async function getArchiveSettingsHistory(): Promise<ArchiveSettingsChange[]> {
  const { data } = await apiRequest<{ items: ArchiveSettingsChange[] }>('GET', '/settings/archive/history');
  return data.items;
}
