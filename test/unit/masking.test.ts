import { describe, expect, it } from 'vitest';
import { maskContact, maskEmail, maskPhone } from '../../shared/masking';

describe('masking a phone number', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['138 1234 5678', '138****5678'],
    ['010-12345678', '010-****5678'],
    ['0571-87654321', '0571-****4321'],
    ['021-7654321', '021-***4321'],
    ['0571-87654321-123', '0571-****4321-***'],
    ['01012345678', '0101***5678'],
  ])('%s → %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('never shows more than the last four characters of something that is not a mainland number', () => {
    expect(maskPhone('+85291234567')).toBe('********4567');
    expect(maskPhone('123')).toBe('***');
  });

  it('leaves no run of the hidden digits readable', () => {
    expect(maskPhone('13812345678')).not.toContain('1234');
  });
});

describe('masking an email', () => {
  it.each([
    ['wang.li@example.cn', 'w***@example.cn'],
    ['w@example.cn', '***@example.cn'],
    ['contact1-2@example.cn', 'c***@example.cn'],
    ['not-an-email', '***'],
  ])('%s → %s', (email, masked) => {
    expect(maskEmail(email)).toBe(masked);
  });
});

describe('masking a contact', () => {
  it('masks phone and email, keeps name, title and the primary flag', () => {
    expect(maskContact({ name: '王丽华', title: '采购经理', phone: '13812345678', email: 'wang@example.cn', primary: true })).toEqual({
      name: '王丽华',
      title: '采购经理',
      phone: '138****5678',
      email: 'w***@example.cn',
      primary: true,
    });
  });

  it('adds nothing a contact did not have', () => {
    expect(maskContact({ name: '李四' })).toEqual({ name: '李四' });
  });
});
