import type { TierOverrideInput } from '#shared/schemas/tier-override.schema';
import type { TierSettings } from '#shared/schemas/tier-settings.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/tiers.contract.ts).
export type MonthlyTotals = ApiAnswer<'GET /customers/{customerId}/monthly-totals'>;
export type StoredTierSettings = ApiAnswer<'GET /settings/tiers'>;
/** With the ETag as sent; falls back to the body's version when CORS hides the header. */
export type VersionedTierSettings = StoredTierSettings & { etag: string };
export type TierSettingsChange = ApiAnswer<'GET /settings/tiers/history'>['items'][number];
export type OverriddenCustomer = ApiAnswer<'PUT /customers/{customerId}/tier-override'>;

const etagOf = (headers: Headers, version: number) => headers.get('ETag') ?? `"${version}"`;

export async function getMonthlyTotals(customerId: string): Promise<MonthlyTotals> {
  const { data } = await api('GET /customers/{customerId}/monthly-totals', { params: { customerId } });
  return data;
}

/** Newest first. */
export async function getTierHistory(customerId: string): Promise<ApiAnswer<'GET /customers/{customerId}/tier-history'>['items']> {
  const { data } = await api('GET /customers/{customerId}/tier-history', { params: { customerId } });
  return data.items;
}

/**
 * Sets or replaces the override (sales-head). The answer is the stored customer; the SPA takes only its
 * tier fields from it, the rest of the detail stays as the reader was allowed to see it.
 */
export async function setTierOverride(customerId: string, input: TierOverrideInput): Promise<OverriddenCustomer> {
  const { data } = await api('PUT /customers/{customerId}/tier-override', { params: { customerId }, body: input });
  return data;
}

export async function removeTierOverride(customerId: string): Promise<OverriddenCustomer> {
  const { data } = await api('DELETE /customers/{customerId}/tier-override', { params: { customerId } });
  return data;
}

export async function getTierSettings(): Promise<VersionedTierSettings> {
  const { data, headers } = await api('GET /settings/tiers');
  return { ...data, etag: etagOf(headers, data.version) };
}

/** Fails with 412 when another administrator changed the settings since `etag` was read. */
export async function updateTierSettings(settings: TierSettings, etag: string): Promise<VersionedTierSettings> {
  const { data, headers } = await api('PUT /settings/tiers', { body: settings, headers: { 'If-Match': etag } });
  return { ...data, etag: etagOf(headers, data.version) };
}

/** Newest first. */
export async function getTierSettingsHistory(): Promise<TierSettingsChange[]> {
  const { data } = await api('GET /settings/tiers/history');
  return data.items;
}
