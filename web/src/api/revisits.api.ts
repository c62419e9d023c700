import type { CalendarEntry } from '#shared/revisits/calendar';
import type { PlanCoverageRow } from '#shared/revisits/plan-coverage';
import type { ObligationStatus } from '#shared/revisits/obligations';
import type { Period, PeriodKind } from '#shared/revisits/periods';
import type { Tier } from '#shared/schemas/customer.schema';
import type { NotificationSettingsUpdate, NotificationSettingsView } from '#shared/schemas/notification-settings.schema';
import type { FollowUpToRequest } from '#shared/schemas/revisit-follow-up.schema';
import type { RevisitSettings } from '#shared/schemas/revisit-settings.schema';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import type { UnitId } from '#shared/units';
import { apiRequest } from './api-client';

type Label = { 'zh-CN': string; en: string };

/** One obligation of a customer (GET /customers/{id}/revisit-obligations). */
export interface ObligationStatusItem {
  key: string;
  ruleId: string;
  label: Label;
  periodKind: PeriodKind;
  periodId: string;
  dueDate: string;
  tier: Tier;
  status: ObligationStatus;
  metBy: string[];
  selective: boolean;
  target?: number;
}

export interface CoverageRow {
  unitId: UnitId;
  tier: Tier;
  ruleId: string;
  label: Label;
  obligations: number;
  met: number;
  share: number;
  target?: number;
}

export interface OwedItem {
  customerId: string;
  customerName: string;
  unitId: UnitId;
  ownerId: string;
  tier: Tier;
  ruleId: string;
  owed: Label;
  periodId: string;
  status: ObligationStatus;
  /** Set when an approved temporary plan owes it. */
  plan?: { id: string; purpose: string; endDate: string };
}

export interface Coverage {
  period: Period;
  previousPeriod: Period;
  rows: CoverageRow[];
  byTier: { tier: Tier; obligations: number; met: number; share: number; target?: number }[];
  dueSoon: OwedItem[];
  overdue: OwedItem[];
  /** Approved temporary plans ending in the period, each on its own (not in `rows` or `byTier`). */
  plans: PlanCoverageRow[];
}

export interface RevisitCalendar {
  month: string;
  scope: { kind: 'person'; ownerId: string } | { kind: 'unit'; unitId: UnitId };
  customers: number;
  entries: CalendarEntry[];
}

export interface StoredRevisitSettings {
  settings: RevisitSettings;
  /** 0 while the policy's own rules apply. */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
  /** The ETag as sent; falls back to the body's version when CORS hides the header. */
  etag: string;
}

export interface RevisitSettingsChange {
  settings: RevisitSettings;
  previous: RevisitSettings;
  version: number;
  updatedAt: string;
  updatedBy: string;
}

export interface DeliveryOutcome {
  channel: string;
  recipientId: string;
  ok: boolean;
  attempts: number;
  error?: string;
}

const customerPath = (id: string) => `/customers/${encodeURIComponent(id)}`;
const etagOf = (headers: Headers, version: number) => headers.get('ETag') ?? `"${version}"`;

/** Newest first, a page at a time. */
export async function listRevisits(customerId: string, page: { cursor?: string; limit?: number } = {}): Promise<{ items: Revisit[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: Revisit[]; nextCursor: string | null }>('GET', `${customerPath(customerId)}/revisits`, { query: page });
  return data;
}

export async function recordRevisit(customerId: string, input: RevisitCreate): Promise<Revisit> {
  const { data } = await apiRequest<Revisit>('POST', `${customerPath(customerId)}/revisits`, { body: input });
  return data;
}

export async function getObligationStatus(customerId: string): Promise<ObligationStatusItem[]> {
  const { data } = await apiRequest<{ items: ObligationStatusItem[] }>('GET', `${customerPath(customerId)}/revisit-obligations`);
  return data.items;
}

/** 409 `revisit_item_not_open` when the item already became a request. */
export async function turnFollowUpIntoRequest(
  customerId: string,
  revisitId: string,
  itemId: string,
  input: FollowUpToRequest,
): Promise<{ revisit: Revisit; serviceRequest: ServiceRequest }> {
  const path = `${customerPath(customerId)}/revisits/${encodeURIComponent(revisitId)}/issues/${encodeURIComponent(itemId)}/service-request`;
  const { data } = await apiRequest<{ revisit: Revisit; serviceRequest: ServiceRequest }>('POST', path, { body: input });
  return data;
}

export async function getCoverage(query: { period: PeriodKind; at?: string; unitId?: UnitId }): Promise<Coverage> {
  const { data } = await apiRequest<Coverage>('GET', '/revisits/coverage', { query });
  return data;
}

export async function getRevisitCalendar(query: { month: string; unitId?: UnitId; ownerId?: string }): Promise<RevisitCalendar> {
  const { data } = await apiRequest<RevisitCalendar>('GET', '/revisits/calendar', { query });
  return data;
}

export async function getRevisitSettings(): Promise<StoredRevisitSettings> {
  const { data, headers } = await apiRequest<Omit<StoredRevisitSettings, 'etag'>>('GET', '/settings/revisits');
  return { ...data, etag: etagOf(headers, data.version) };
}

/** 412 when another administrator changed the rules since `etag` was read. */
export async function updateRevisitSettings(settings: RevisitSettings, etag: string): Promise<StoredRevisitSettings> {
  const { data, headers } = await apiRequest<Omit<StoredRevisitSettings, 'etag'>>('PUT', '/settings/revisits', { body: settings, headers: { 'If-Match': etag } });
  return { ...data, etag: etagOf(headers, data.version) };
}

/** Newest first. */
export async function getRevisitSettingsHistory(): Promise<RevisitSettingsChange[]> {
  const { data } = await apiRequest<{ items: RevisitSettingsChange[] }>('GET', '/settings/revisits/history');
  return data.items;
}

export async function getMyNotificationSettings(): Promise<NotificationSettingsView & { etag: string }> {
  const { data, headers } = await apiRequest<NotificationSettingsView>('GET', '/me/notification-settings');
  return { ...data, etag: etagOf(headers, data.version) };
}

export async function updateMyNotificationSettings(update: NotificationSettingsUpdate, etag: string): Promise<NotificationSettingsView & { etag: string }> {
  const { data, headers } = await apiRequest<NotificationSettingsView>('PUT', '/me/notification-settings', { body: update, headers: { 'If-Match': etag } });
  return { ...data, etag: etagOf(headers, data.version) };
}

export async function testMyChannels(): Promise<DeliveryOutcome[]> {
  const { data } = await apiRequest<{ outcomes: DeliveryOutcome[] }>('POST', '/me/notification-settings/test');
  return data.outcomes;
}
