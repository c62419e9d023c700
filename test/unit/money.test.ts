import { describe, expect, it } from 'vitest';
import { formatFen, yuanToFen } from '../../shared/money';

describe('money in fen', () => {
  it.each([
    ['500000.00', 50_000_000],
    ['499999.99', 49_999_999],
    ['0.1', 10],
    ['1,234.5', 123_450],
    ['0', 0],
    ['-12.34', -1_234],
  ])('reads %s yuan as %i fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('reads numbers without binary rounding errors', () => {
    expect(yuanToFen(0.1 + 0.2)).toBe(30);
    expect(yuanToFen(99999.99)).toBe(9_999_999);
  });

  it.each(['abc', '1.234', '', '1e5', '12.3.4'])('refuses %j', (text) => {
    expect(() => yuanToFen(text)).toThrow(RangeError);
  });

  it('formats fen as yuan with separators', () => {
    expect(formatFen(123_456_789)).toBe('1,234,567.89');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(-100)).toBe('-1.00');
  });
});
