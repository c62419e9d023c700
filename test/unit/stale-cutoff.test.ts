import { describe, expect, it } from 'vitest';
import { isStale } from '../../shared/archive-freshness';
import { staleCutoff } from '../../shared/stale-cutoff';

const sh = (local: string) => new Date(`${local}+08:00`);
const day = (date: string, n: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

describe('the stale cutoff date', () => {
  it('is the last verification date that is stale today', () => {
    // Verified 2025-03-10: fresh through 2026-03-10, stale from 2026-03-11.
    expect(staleCutoff(sh('2026-03-10T12:00:00'), 12)).toBe('2025-03-09');
    expect(staleCutoff(sh('2026-03-11T00:30:00'), 12)).toBe('2025-03-10');
  });

  it('agrees with isStale for every verification date around every day of two years, month ends included', () => {
    for (let today = '2025-01-01'; today <= '2026-12-31'; today = day(today, 1)) {
      const now = sh(`${today}T12:00:00`);
      const cutoff = staleCutoff(now, 12);
      for (const offset of [-3, -2, -1, 0, 1, 2, 3]) {
        const verifiedOn = day(cutoff, offset);
        const record = { createdAt: '2020-01-01T00:00:00.000Z', lastVerifiedAt: sh(`${verifiedOn}T09:00:00`).toISOString() };
        expect(isStale(record, now, 12), `${today} / ${verifiedOn}`).toBe(verifiedOn <= cutoff);
      }
    }
  });

  it('follows the period it is given', () => {
    expect(staleCutoff(sh('2026-03-11T08:00:00'), 6)).toBe('2025-09-10');
  });
});
