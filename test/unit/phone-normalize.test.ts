import { describe, expect, it } from 'vitest';
import { isValidChinaPhone, normalizeChinaPhone } from '../../shared/phone';

describe('normalising a phone number for search', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['0086-13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
  ])('mobile %s → %s', (raw, normal) => {
    expect(normalizeChinaPhone(raw)).toBe(normal);
  });

  it.each([
    ['010-12345678', '01012345678'],
    ['01012345678', '01012345678'],
    ['010 1234 5678', '01012345678'],
    ['(010) 12345678', '01012345678'],
    ['0571-8888888', '05718888888'],
    ['0755-12345678-801', '075512345678'],
    ['+86 10 12345678', '01012345678'],
  ])('landline %s → %s', (raw, normal) => {
    expect(normalizeChinaPhone(raw)).toBe(normal);
  });

  it.each(['12812345678', '1381234567', '12345678', 'abc', '', '+1 415 555 0100'])('refuses %s', (raw) => {
    expect(normalizeChinaPhone(raw)).toBeUndefined();
  });

  it('gives every number the validator accepts a normal form', () => {
    for (const p of ['13812345678', '19912345678', '010-12345678', '0571-8888888', '02112345678', '0755-12345678-801']) {
      expect(isValidChinaPhone(p)).toBe(true);
      expect(normalizeChinaPhone(p)).toMatch(/^\d{10,12}$/);
    }
  });
});
