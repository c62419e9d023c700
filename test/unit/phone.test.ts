import { describe, expect, it } from 'vitest';
import { isValidChinaPhone } from '../../shared/phone';

describe('mainland phone numbers', () => {
  it.each(['13812345678', '19912345678', '010-12345678', '0571-8888888', '02112345678', '0755-12345678-801'])('accepts %s', (p) => {
    expect(isValidChinaPhone(p)).toBe(true);
  });
  it.each(['12812345678', '1381234567', '138123456789', '12345678', '+86 138', 'abc'])('refuses %s', (p) => {
    expect(isValidChinaPhone(p)).toBe(false);
  });
});
