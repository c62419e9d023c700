/**
 * The policy's default staleness period: "configurable, default 12 months" (R2). Here, not beside the
 * setting's zod schema, so the customer list reads it without loading zod (the SPA's first-load budget).
 */
export const defaultStalePeriodMonths = 12;

import { shanghaiDate } from './shanghai-time';

/*
 * Keeping archives current (R2 及时更新): a record not verified within the period is stale and its
 * owner is reminded. The period is an administrator's setting (GET/PUT /settings/archive, default 12
 * months, shared/schemas/archive-settings.schema.ts); every caller passes the one in force.
 */

/** 'YYYY-MM-DD' plus whole calendar months; the 31st of a month becomes the last day of a shorter one. */
export function addMonthsToDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * The Shanghai date from which a record counts as stale: the day after its last verification plus the
 * period. A record never verified counts from its creation, when its data was collected.
 */
export function staleFrom(
  record: { lastVerifiedAt?: string; createdAt: string },
  periodMonths: number,
): string {
  const due = addMonthsToDate(shanghaiDate(record.lastVerifiedAt ?? record.createdAt), periodMonths);
  const next = new Date(`${due}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Verified on 2025-03-10: still fresh all of 2026-03-10 (Asia/Shanghai), stale from 2026-03-11. */
export function isStale(
  record: { lastVerifiedAt?: string; createdAt: string },
  now: Date,
  periodMonths: number,
): boolean {
  return shanghaiDate(now) >= staleFrom(record, periodMonths);
}

/**
 * The ISO week (Monday first) an instant falls in, in Asia/Shanghai, e.g. '2026-W48'. Reminders are
 * deduplicated per customer per week with it, so rerunning the weekly job never reminds twice.
 */
export function shanghaiIsoWeek(now: Date): string {
  const date = new Date(`${shanghaiDate(now)}T00:00:00Z`);
  const weekday = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - weekday); // the Thursday of this week decides the year
  const year = date.getUTCFullYear();
  const week = Math.ceil(((date.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}
