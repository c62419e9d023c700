import type { Customer } from '#shared/schemas/customer.schema';
import type { TierHistoryEntry } from '#shared/schemas/tier-history.schema';
import type { TierOverrideInput } from '#shared/schemas/tier-override.schema';
import type { AmountPeriod, TierSettings } from '#shared/schemas/tier-settings.schema';
import { apiRequest } from './api-client';

export interface MonthlyTotals {
  period: AmountPeriod;
  annualAmountFen: number;
  /** Every month of the period, oldest first, zero when quiet. */
  months: { month: string; amountFen: number }[];
}

export interface StoredTierSettings {
  settings: TierSettings;
  /** 0 while the policy's defaults apply (no administrator has changed them yet). */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface VersionedTierSettings extends StoredTierSettings {
  /** The ETag as sent; falls back to the body's version when CORS hides the header. */
  etag: string;
}

export interface TierSettingsChange {
  settings: TierSettings;
  previous: TierSettings;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

const customerPath = (id: string) => `/customers/${encodeURIComponent(id)}`;

export async function getMonthlyTotals(customerId: string): Promise<MonthlyTotals> {
  const { data } = await apiRequest<MonthlyTotals>('GET', `${customerPath(customerId)}/monthly-totals`);
  return data;
}

/** Newest first. */
export async function getTierHistory(customerId: string): Promise<TierHistoryEntry[]> {
  const { data } = await apiRequest<{ items: TierHistoryEntry[] }>('GET', `${customerPath(customerId)}/tier-history`);
  return data.items;
}

/**
 * Sets or replaces the override (sales-head). The answer is the stored customer; the SPA takes only its
 * tier fields from it, the rest of the detail stays as the reader was allowed to see it.
 */
export async function setTierOverride(customerId: string, input: TierOverrideInput): Promise<Customer> {
  const { data } = await apiRequest<Customer>('PUT', `${customerPath(customerId)}/tier-override`, { body: input });
  return data;
}

export async function removeTierOverride(customerId: string): Promise<Customer> {
  const { data } = await apiRequest<Customer>('DELETE', `${customerPath(customerId)}/tier-override`);
  return data;
}

export async function getTierSettings(): Promise<VersionedTierSettings> {
  const { data, headers } = await apiRequest<StoredTierSettings>('GET', '/settings/tiers');
  return { ...data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

/** Fails with 412 when another administrator changed the settings since `etag` was read. */
export async function updateTierSettings(settings: TierSettings, etag: string): Promise<VersionedTierSettings> {
  const { data, headers } = await apiRequest<StoredTierSettings>('PUT', '/settings/tiers', { body: settings, headers: { 'If-Match': etag } });
  return { ...data, etag: headers.get('ETag') ?? `"${data.version}"` };
}

/** Newest first. */
export async function getTierSettingsHistory(): Promise<TierSettingsChange[]> {
  const { data } = await apiRequest<{ items: TierSettingsChange[] }>('GET', '/settings/tiers/history');
  return data.items;
}
