import { describe, expect, it } from 'vitest';
import { addMonths, beforeToday, overrideFormModel, validateOverride } from '../../web/src/views/tiers/override-form-model';

const required = { fill: 'FILL', choose: 'CHOOSE' };
// 2026-03-31 23:30 in Shanghai is still 15:30 UTC on the 31st; 00:30 on 04-01 in Shanghai is 03-31 UTC.
const lateMarch = new Date('2026-03-31T15:30:00Z');
const aprilFirstShanghai = new Date('2026-03-31T16:30:00Z');

describe('the override form', () => {
  it('adds calendar months, keeping to the last day of a shorter month', () => {
    expect(addMonths('2026-01-15', 3)).toBe('2026-04-15');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-11-30', 3)).toBe('2028-02-29');
    expect(addMonths('2026-12-31', 1)).toBe('2027-01-31');
  });

  it('starts blank with an expiry three months from today in Shanghai', () => {
    expect(overrideFormModel(undefined, lateMarch)).toEqual({ tier: '', reason: '', expiresOn: '2026-06-30' });
    expect(overrideFormModel(undefined, aprilFirstShanghai).expiresOn).toBe('2026-07-01');
  });

  it('starts from the current override when changing it', () => {
    const current = { tier: 'key' as const, reason: '战略合作', expiresOn: '2026-12-31' };
    expect(overrideFormModel(current, lateMarch)).toEqual(current);
  });

  it('offers no day before today in Shanghai', () => {
    const local = (y: number, m: number, d: number) => new Date(y, m - 1, d);
    expect(beforeToday(local(2026, 3, 31), aprilFirstShanghai)).toBe(true);
    expect(beforeToday(local(2026, 4, 1), aprilFirstShanghai)).toBe(false);
    expect(beforeToday(local(2026, 3, 31), lateMarch)).toBe(false);
  });

  it('sends a complete override as typed, trimmed by the shared schema', () => {
    expect(validateOverride({ tier: 'vip', reason: '  集团战略客户 ', expiresOn: '2026-12-31' }, 'zh-CN', required)).toEqual({
      ok: true,
      value: { tier: 'vip', reason: '集团战略客户', expiresOn: '2026-12-31' },
    });
  });

  it('asks for every blank field with the form\u2019s own words', () => {
    expect(validateOverride({ tier: '', reason: ' ', expiresOn: '' }, 'zh-CN', required)).toEqual({
      ok: false,
      fields: { tier: 'CHOOSE', reason: 'FILL', expiresOn: 'CHOOSE' },
    });
  });

  it('passes on the schema\u2019s message for a reason too short', () => {
    expect(validateOverride({ tier: 'key', reason: '短', expiresOn: '2026-12-31' }, 'en', required)).toEqual({
      ok: false,
      fields: { reason: 'At least 2 characters.' },
    });
  });
});
