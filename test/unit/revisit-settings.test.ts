import { describe, expect, it } from 'vitest';
import { defaultRevisitRules } from '../../shared/revisits/rules';
import { defaultRevisitSettings, revisitSettingsSchema, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { validate } from '../../shared/validation';

const withRule = (index: number, change: Record<string, unknown>): unknown => ({
  rules: defaultRevisitSettings.rules.map((r, i) => (i === index ? { ...r, ...change } : r)),
});
const fieldsOf = (settings: unknown) => {
  const result = validate(revisitSettingsSchema, settings, 'en');
  return result.ok ? {} : result.fields;
};

describe('the revisit rules setting', () => {
  it('holds the policy’s own rules by default, and they pass its checks', () => {
    expect(defaultRevisitSettings.rules.map((r) => r.id)).toEqual(defaultRevisitRules.map((r) => r.id));
    expect(revisitSettingsSchema.parse(defaultRevisitSettings)).toEqual(defaultRevisitSettings);
  });

  it('refuses two rules with one id', () => {
    expect(fieldsOf(withRule(1, { id: 'vip-quarterly-manager' }))).toEqual({ 'rules.1.id': 'Two rules have this id.' });
  });

  it.each([
    ['a rule of another tier', 'vip-half-year-leader'],
    ['a rule of a shorter or equal period', 'general-monthly-salesperson'],
    ['no rule at all', 'no-such-rule'],
  ])('refuses a waiver by %s', (_, waivedBy) => {
    // rule 4 is the general customer's monthly revisit, waived by the half-yearly manager visit under the policy
    expect(fieldsOf(withRule(4, { waivedBy }))).toHaveProperty('rules.4.waivedBy');
  });

  it('refuses a waiver by a rule that is itself waived (no chains, no circles)', () => {
    const settings = structuredClone(defaultRevisitSettings) as RevisitSettings;
    settings.rules.push({ ...settings.rules[3]!, id: 'general-year-gm', period: 'half-year', waivedBy: 'general-half-year-manager' });
    settings.rules[3]!.waivedBy = 'general-year-gm';
    const fields = fieldsOf(settings);
    expect(fields).toHaveProperty('rules.3.waivedBy');
    expect(fields).toHaveProperty('rules.5.waivedBy');
  });

  it('accepts a waiver by a longer rule of the same tier', () => {
    const settings = structuredClone(defaultRevisitSettings) as RevisitSettings;
    settings.rules.push({ ...settings.rules[2]!, id: 'key-monthly-call', period: 'month', ranks: ['salesperson'], channels: ['phone'], waivedBy: 'key-quarterly-manager' });
    expect(fieldsOf(settings)).toEqual({});
  });

  it.each([
    ['an id with capitals or spaces', { id: 'VIP quarterly' }, 'rules.0.id'],
    ['a rank twice', { ranks: ['vp', 'vp'] }, 'rules.0.ranks'],
    ['no channel', { channels: [] }, 'rules.0.channels'],
    ['a channel the policy does not know', { channels: ['fax'] }, 'rules.0.channels.0'],
    ['a count of zero', { minCount: 0 }, 'rules.0.minCount'],
    ['a target above 100%', { target: 1.5 }, 'rules.0.target'],
    ['an empty label', { label: { 'zh-CN': '', en: 'x' } }, 'rules.0.label.zh-CN'],
    ['an unknown field', { owner: 'sales' }, 'rules.0.owner'],
  ])('refuses %s', (_, change, field) => {
    expect(fieldsOf(withRule(0, change))).toHaveProperty([field]);
  });

  it('needs at least one rule', () => {
    expect(fieldsOf({ rules: [] })).toHaveProperty(['rules']);
  });
});
