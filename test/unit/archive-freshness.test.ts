import { describe, expect, it } from 'vitest';
import { addMonthsToDate, isStale, shanghaiIsoWeek, staleFrom } from '../../shared/archive-freshness';
import { archiveSettingsSchema, defaultArchiveSettings } from '../../shared/schemas/archive-settings.schema';

/** An instant given as Shanghai wall-clock time. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe('when an archive becomes stale', () => {
  const verified = { createdAt: '2024-01-01T00:00:00.000Z', lastVerifiedAt: sh('2025-03-10T10:00:00').toISOString() };

  it('defaults to a 12-month period, which an administrator may set to 1–60 whole months', () => {
    expect(defaultArchiveSettings.stalePeriodMonths).toBe(12);
    expect(archiveSettingsSchema.safeParse({ stalePeriodMonths: 6 }).success).toBe(true);
    for (const bad of [0, 61, 1.5, '6']) expect(archiveSettingsSchema.safeParse({ stalePeriodMonths: bad }).success, String(bad)).toBe(false);
  });

  it('is fresh for exactly 12 months and stale 12 months and 1 day after the verification', () => {
    expect(isStale(verified, sh('2026-03-10T00:00:00'), 12)).toBe(false);
    expect(isStale(verified, sh('2026-03-10T23:59:59'), 12)).toBe(false);
    expect(isStale(verified, sh('2026-03-11T00:00:00'), 12)).toBe(true);
    expect(staleFrom(verified, 12)).toBe('2026-03-11');
  });

  it('counts days in Asia/Shanghai, not UTC', () => {
    // 01:00 on 10 March in Shanghai is still 9 March in UTC.
    const early = { createdAt: '2024-01-01T00:00:00.000Z', lastVerifiedAt: sh('2025-03-10T01:00:00').toISOString() };
    expect(early.lastVerifiedAt.startsWith('2025-03-09')).toBe(true);
    // 23:30 on 10 March 2026 Shanghai: still within the period (UTC would say 10 March, Shanghai too).
    expect(isStale(early, sh('2026-03-10T23:30:00'), 12)).toBe(false);
    // 00:30 on 11 March Shanghai is 10 March in UTC, but stale by the Shanghai calendar.
    const justAfter = sh('2026-03-11T00:30:00');
    expect(justAfter.toISOString().startsWith('2026-03-10')).toBe(true);
    expect(isStale(early, justAfter, 12)).toBe(true);
  });

  it('counts a record never verified from its creation', () => {
    const created = { createdAt: sh('2025-06-01T09:00:00').toISOString() };
    expect(isStale(created, sh('2026-06-01T12:00:00'), 12)).toBe(false);
    expect(isStale(created, sh('2026-06-02T08:00:00'), 12)).toBe(true);
  });

  it('takes another period when given one', () => {
    expect(isStale(verified, sh('2025-09-10T12:00:00'), 6)).toBe(false);
    expect(isStale(verified, sh('2025-09-11T12:00:00'), 6)).toBe(true);
  });

  it('ends a period that starts on a month’s last day on the last day of a shorter month', () => {
    expect(addMonthsToDate('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsToDate('2023-02-28', 12)).toBe('2024-02-28');
    expect(addMonthsToDate('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonthsToDate('2025-11-30', 3)).toBe('2026-02-28');
    expect(staleFrom({ createdAt: sh('2024-02-29T12:00:00').toISOString() }, 12)).toBe('2025-03-01');
  });
});

describe('the reminder week', () => {
  it('is the ISO week in Asia/Shanghai, Monday first', () => {
    expect(shanghaiIsoWeek(sh('2026-11-23T09:00:00'))).toBe('2026-W48'); // Monday
    expect(shanghaiIsoWeek(sh('2026-11-29T23:59:59'))).toBe('2026-W48'); // Sunday night
    expect(shanghaiIsoWeek(sh('2026-11-30T00:00:00'))).toBe('2026-W49'); // next Monday
    // Monday 00:30 in Shanghai is still Sunday in UTC.
    expect(shanghaiIsoWeek(sh('2026-11-30T00:30:00'))).toBe('2026-W49');
  });

  it('belongs to the ISO year around new year', () => {
    expect(shanghaiIsoWeek(sh('2027-01-01T12:00:00'))).toBe('2026-W53');
    expect(shanghaiIsoWeek(sh('2025-12-29T12:00:00'))).toBe('2026-W01');
  });
});
