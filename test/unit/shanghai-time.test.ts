import { describe, expect, it } from 'vitest';
import { monthMinus, monthsBetween, shanghaiDate, shanghaiMonth } from '../../shared/shanghai-time';

describe('Asia/Shanghai calendar', () => {
  it('puts the last second of a quarter in that quarter and the next second in the next', () => {
    expect(shanghaiMonth('2026-03-31T15:59:59Z')).toBe('2026-03'); // 23:59:59 on 31 March in Shanghai
    expect(shanghaiMonth('2026-03-31T16:00:00Z')).toBe('2026-04');
    expect(shanghaiMonth('2026-04-01T00:30:00+08:00')).toBe('2026-04');
    expect(shanghaiDate('2026-12-31T16:00:00Z')).toBe('2027-01-01');
  });

  it('counts months across years', () => {
    expect(monthMinus('2026-01', 1)).toBe('2025-12');
    expect(monthMinus('2026-11', 11)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
  });
});
