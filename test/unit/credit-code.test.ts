import { describe, expect, it } from 'vitest';
import { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from '../../shared/credit-code';

describe('unified social credit code', () => {
  // Published codes of real companies (business licences on public record).
  it.each([
    ['9144030071526726XG', 'Tencent (Shenzhen)'],
    ['91330100716105852F', 'Alibaba (China)'],
    ['914403001922038216', 'Huawei'],
    ['91110108551385082Q', 'Xiaomi'],
    ['91350100M000100Y43', 'GB 32100-2015 example'],
  ])('accepts %s (%s)', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it.each([
    ['9144030071526726XA', 'wrong check character'],
    ['914403001922038217', 'digit changed at the end'],
    ['924403001922038216', 'digit changed at the start'],
    ['9144030071526726X', '17 characters'],
    ['9144030071526726XGX', '19 characters'],
    ['91440300715267I6XG', 'letter I is not in the alphabet'],
    ['9144A30071526726XG', 'division code must be digits'],
    ['', 'empty'],
  ])('refuses %s (%s)', (code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('computes the check character that makes a code valid', () => {
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(creditCodeCheckChar('91110108551385082')).toBe('Q');
  });

  it('normalizes what staff type or paste', () => {
    expect(normalizeCreditCode(' 91110108 551385082q ')).toBe('91110108551385082Q');
  });
});
