import { describe, expect, it } from 'vitest';
import { monthMinus, monthsBetween, shanghaiDate, shanghaiDateTime, shanghaiInstant, shanghaiMidnight, shanghaiMonth, shanghaiWallClock } from '../../shared/shanghai-time';

describe('Asia/Shanghai calendar', () => {
  it('puts the last second of a quarter in that quarter and the next second in the next', () => {
    expect(shanghaiMonth('2026-03-31T15:59:59Z')).toBe('2026-03'); // 23:59:59 on 31 March in Shanghai
    expect(shanghaiMonth('2026-03-31T16:00:00Z')).toBe('2026-04');
    expect(shanghaiMonth('2026-04-01T00:30:00+08:00')).toBe('2026-04');
    expect(shanghaiDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });

  it('reads instants as a Shanghai wall clock and writes picker values with the +08:00 offset', () => {
    expect(shanghaiDate('2026-11-30T16:30:00Z')).toBe('2026-12-01');
    expect(shanghaiWallClock('2026-11-30T16:30:00Z')).toBe('2026-12-01 00:30');
    expect(shanghaiWallClock(new Date('2026-11-30T16:30:00Z'))).toBe('2026-12-01 00:30');
    expect(shanghaiInstant('2026-12-01 00:30')).toBe('2026-12-01T00:30:00+08:00');
    expect(shanghaiInstant('2026-12-01T00:30')).toBe('2026-12-01T00:30:00+08:00');
    expect(shanghaiInstant('')).toBeUndefined();
    expect(shanghaiInstant('明天')).toBeUndefined();
  });

  it('gives an export its Beijing time to the second, across the turn of the year', () => {
    expect(shanghaiDateTime('2026-12-31T16:00:00.000Z')).toBe('2027-01-01 00:00:00');
    expect(shanghaiDateTime('2026-06-01T03:04:05.678Z')).toBe('2026-06-01 11:04:05');
  });

  it('starts a Shanghai day at 16:00 UTC the day before, and ends it (exclusive) where the next begins', () => {
    expect(shanghaiMidnight('2026-11-01')).toBe('2026-10-31T16:00:00.000Z');
    expect(shanghaiMidnight('2026-12-31', 1)).toBe('2026-12-31T16:00:00.000Z');
    expect(shanghaiMidnight('2027-01-01')).toBe(shanghaiMidnight('2026-12-31', 1));
  });

  it('counts months across years', () => {
    expect(monthMinus('2026-01', 1)).toBe('2025-12');
    expect(monthMinus('2026-11', 11)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
