import type { PeriodKind } from '#shared/revisits/periods';
import type { NotificationSettingsUpdate } from '#shared/schemas/notification-settings.schema';
import type { FollowUpToRequest } from '#shared/schemas/revisit-follow-up.schema';
import type { RevisitSettings } from '#shared/schemas/revisit-settings.schema';
import type { RevisitCreate } from '#shared/schemas/revisit.schema';
import type { UnitId } from '#shared/units';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/revisits.contract.ts).
/** One obligation of a customer (GET /customers/{id}/revisit-obligations). */
export type ObligationStatusItem = ApiAnswer<'GET /customers/{customerId}/revisit-obligations'>['items'][number];
export type Coverage = ApiAnswer<'GET /revisits/coverage'>;
export type CoverageRow = Coverage['rows'][number];
export type OwedItem = Coverage['overdue'][number];
export type RevisitCalendar = ApiAnswer<'GET /revisits/calendar'>;
/** The rules with the ETag as sent (falling back to the body's version when CORS hides the header). */
export type StoredRevisitSettings = ApiAnswer<'GET /settings/revisits'> & { etag: string };
export type RevisitSettingsChange = ApiAnswer<'GET /settings/revisits/history'>['items'][number];
export type NotificationSettingsView = ApiAnswer<'GET /me/notification-settings'>;
export type DeliveryOutcome = ApiAnswer<'POST /me/notification-settings/test'>['outcomes'][number];

const etagOf = (headers: Headers, version: number) => headers.get('ETag') ?? `"${version}"`;

/** Newest first, a page at a time. */
export async function listRevisits(customerId: string, page: { cursor?: string; limit?: number } = {}): Promise<ApiAnswer<'GET /customers/{customerId}/revisits'>> {
  const { data } = await api('GET /customers/{customerId}/revisits', { params: { customerId }, query: page });
  return data;
}

export async function recordRevisit(customerId: string, input: RevisitCreate): Promise<ApiAnswer<'POST /customers/{customerId}/revisits'>> {
  const { data } = await api('POST /customers/{customerId}/revisits', { params: { customerId }, body: input });
  return data;
}

export async function getObligationStatus(customerId: string): Promise<ObligationStatusItem[]> {
  const { data } = await api('GET /customers/{customerId}/revisit-obligations', { params: { customerId } });
  return data.items;
}

/** 409 `revisit_item_not_open` when the item already became a request. */
export async function turnFollowUpIntoRequest(
  customerId: string,
  revisitId: string,
  itemId: string,
  input: FollowUpToRequest,
): Promise<ApiAnswer<'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request'>> {
  const { data } = await api('POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request', {
    params: { customerId, revisitId, itemId },
    body: input,
  });
  return data;
}

export async function getCoverage(query: { period: PeriodKind; at?: string; unitId?: UnitId }): Promise<Coverage> {
  const { data } = await api('GET /revisits/coverage', { query });
  return data;
}

export async function getRevisitCalendar(query: { month: string; unitId?: UnitId; ownerId?: string }): Promise<RevisitCalendar> {
  const { data } = await api('GET /revisits/calendar', { query });
  return data;
}

export async function getRevisitSettings(): Promise<StoredRevisitSettings> {
  const { data, headers } = await api('GET /settings/revisits');
  return { ...data, etag: etagOf(headers, data.version) };
}

/** 412 when another administrator changed the rules since `etag` was read. */
export async function updateRevisitSettings(settings: RevisitSettings, etag: string): Promise<StoredRevisitSettings> {
  const { data, headers } = await api('PUT /settings/revisits', { body: settings, headers: { 'If-Match': etag } });
  return { ...data, etag: etagOf(headers, data.version) };
}

/** Newest first. */
export async function getRevisitSettingsHistory(): Promise<RevisitSettingsChange[]> {
  const { data } = await api('GET /settings/revisits/history');
  return data.items;
}

export async function getMyNotificationSettings(): Promise<NotificationSettingsView & { etag: string }> {
  const { data, headers } = await api('GET /me/notification-settings');
  return { ...data, etag: etagOf(headers, data.version) };
}

export async function updateMyNotificationSettings(update: NotificationSettingsUpdate, etag: string): Promise<NotificationSettingsView & { etag: string }> {
  const { data, headers } = await api('PUT /me/notification-settings', { body: update, headers: { 'If-Match': etag } });
  return { ...data, etag: etagOf(headers, data.version) };
}

export async function testMyChannels(): Promise<DeliveryOutcome[]> {
  const { data } = await api('POST /me/notification-settings/test');
  return data.outcomes;
}
