import { defaultTierSettings } from '#shared/schemas/tier-settings.schema';
import { describe, expect, it } from 'vitest';
import {
  fenToYuanInput,
  formFromSettings,
  parseYuanInput,
  settingsChanges,
  settingsFromForm,
} from '../../web/src/views/tiers/tier-settings-form-model';

const messages = { amount: 'AMOUNT', choose: 'CHOOSE' };

describe('yuan ↔ fen in the tier rules form', () => {
  it.each([
    [50_000_000, '500000'],
    [10_000_000, '100000'],
    [9_999_999, '99999.99'],
    [1, '0.01'],
    [10, '0.10'],
    [0, '0'],
  ])('shows %i fen as "%s" yuan', (fen, text) => {
    expect(fenToYuanInput(fen)).toBe(text);
  });

  it.each([
    ['500000', 50_000_000],
    ['500,000.00', 50_000_000],
    [' 499999.99 ', 49_999_999],
    ['¥100000', 10_000_000],
    ['0.1', 10],
    ['1 000', 100_000],
  ])('reads "%s" as %i fen', (text, fen) => {
    expect(parseYuanInput(text)).toBe(fen);
  });

  it.each(['', 'abc', '1.234', '1e6', '--1'])('refuses "%s"', (text) => {
    expect(parseYuanInput(text)).toBeUndefined();
  });

  it('round-trips every fen amount it shows, without float drift', () => {
    for (const fen of [1, 99, 100, 12_345, 49_999_999, 50_000_000, 123_456_789_01]) {
      expect(parseYuanInput(fenToYuanInput(fen))).toBe(fen);
    }
  });
});

describe('the tier settings the form sends', () => {
  it('loads the policy defaults and sends them back unchanged', () => {
    const form = formFromSettings(defaultTierSettings);
    expect(form).toEqual({
      vipThresholdYuan: '500000',
      keyThresholdYuan: '100000',
      creditGrades: ['AAA', 'AA', 'A', 'B', 'C'],
      goodCreditRatings: ['AAA', 'AA'],
      period: 'trailing-12-months',
    });
    expect(settingsFromForm(form, 'zh-CN', messages)).toEqual({ ok: true, value: defaultTierSettings });
  });

  it('lists good grades in the grades\u2019 own order whatever order they were stored in', () => {
    expect(formFromSettings({ ...defaultTierSettings, goodCreditRatings: ['A', 'AAA'] }).goodCreditRatings).toEqual(['AAA', 'A']);
  });

  it('sends the grades as ordered, and a grade taken out of the list is no longer good', () => {
    const form = { ...formFromSettings(defaultTierSettings), creditGrades: ['A+', 'AAA', 'A', 'B'], goodCreditRatings: ['AAA', 'AA', 'A+'] };
    const result = settingsFromForm(form, 'en', messages);
    expect(result.ok && result.value).toMatchObject({ creditGrades: ['A+', 'AAA', 'A', 'B'], goodCreditRatings: ['A+', 'AAA'] });
  });

  it('refuses a grade listed twice (ignoring case and width) and a list of fewer than two, in the UI language', () => {
    const twice = settingsFromForm({ ...formFromSettings(defaultTierSettings), creditGrades: ['AAA', 'AA', 'ａａ'] }, 'en', messages);
    expect(twice).toEqual({ ok: false, fields: { creditGrades: 'Each credit grade may appear only once (ignoring case and full-width forms).' } });
    const one = settingsFromForm({ ...formFromSettings(defaultTierSettings), creditGrades: ['AAA'], goodCreditRatings: ['AAA'] }, 'zh-CN', messages);
    expect(one.ok).toBe(false);
    expect(!one.ok && Object.keys(one.fields)).toEqual(['creditGrades']);
  });

  it('converts changed thresholds to fen', () => {
    const form = { ...formFromSettings(defaultTierSettings), vipThresholdYuan: '600,000.50', keyThresholdYuan: '120000' };
    const result = settingsFromForm(form, 'en', messages);
    expect(result.ok && result.value).toMatchObject({ vipThresholdFen: 60_000_050, keyThresholdFen: 12_000_000 });
  });

  it('names each unreadable or non-positive amount and a missing grade', () => {
    const form = { ...formFromSettings(defaultTierSettings), vipThresholdYuan: '五十万', keyThresholdYuan: '0', goodCreditRatings: [] };
    expect(settingsFromForm(form, 'zh-CN', messages)).toEqual({
      ok: false,
      fields: { vipThresholdFen: 'AMOUNT', keyThresholdFen: 'AMOUNT', goodCreditRatings: 'CHOOSE' },
    });
  });

  it('refuses a key threshold not below the VIP threshold with the shared message, in the UI language', () => {
    const form = { ...formFromSettings(defaultTierSettings), keyThresholdYuan: '500000' };
    expect(settingsFromForm(form, 'zh-CN', messages)).toEqual({ ok: false, fields: { keyThresholdFen: '重点客户门槛必须低于VIP客户门槛。' } });
    expect(settingsFromForm(form, 'en', messages)).toEqual({ ok: false, fields: { keyThresholdFen: 'The key threshold must be below the VIP threshold.' } });
  });
});

describe('what a settings change changed', () => {
  it('lists only the fields that differ, in the form\u2019s order', () => {
    const next = { ...defaultTierSettings, vipThresholdFen: 60_000_000, period: 'calendar-year' as const };
    expect(settingsChanges(defaultTierSettings, next)).toEqual([
      { field: 'vipThresholdFen', before: 50_000_000, after: 60_000_000 },
      { field: 'period', before: 'trailing-12-months', after: 'calendar-year' },
    ]);
  });

  it('compares good grades as a set', () => {
    expect(settingsChanges(defaultTierSettings, { ...defaultTierSettings, goodCreditRatings: ['AA', 'AAA'] })).toEqual([]);
    expect(settingsChanges(defaultTierSettings, { ...defaultTierSettings, goodCreditRatings: ['AAA'] })).toEqual([
      { field: 'goodCreditRatings', before: ['AAA', 'AA'], after: ['AAA'] },
    ]);
  });
});
