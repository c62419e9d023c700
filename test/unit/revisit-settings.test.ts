import { describe, expect, it } from 'vitest';
import { defaultRevisitRules } from '../../shared/revisits/rules';
import { defaultRevisitSettings, revisitSettingsSchema, storedRevisitSettingsSchema, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { validate } from '../../shared/validation';

const withRule = (index: number, change: Record<string, unknown>): unknown => ({
  ...defaultRevisitSettings,
  rules: defaultRevisitSettings.rules.map((r, i) => (i === index ? { ...r, ...change } : r)),
});
const withTiming = (change: Record<string, unknown>): unknown => ({ ...defaultRevisitSettings, reminders: { ...defaultRevisitSettings.reminders, ...change } });
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
    expect(fieldsOf({ ...defaultRevisitSettings, rules: [] })).toHaveProperty(['rules']);
  });
});

describe('the reminder timing in the revisit setting', () => {
  it('defaults to the lead times and escalation window the environment used to hold', () => {
    expect(defaultRevisitSettings.reminders).toEqual({ leadDays: { month: 5, quarter: 14, 'half-year': 30 }, planLeadDays: 3, escalateDays: 14 });
  });

  it.each([
    ['a month lead of 27 days', { leadDays: { month: 27, quarter: 14, 'half-year': 30 } }],
    ['a quarter lead of 89 days', { leadDays: { month: 5, quarter: 89, 'half-year': 30 } }],
    ['a half-year lead of 180 days', { leadDays: { month: 5, quarter: 14, 'half-year': 180 } }],
    ['one day everywhere', { leadDays: { month: 1, quarter: 1, 'half-year': 1 }, planLeadDays: 1, escalateDays: 1 }],
    ['a plan lead of 91 days and escalation of 92', { planLeadDays: 91, escalateDays: 92 }],
  ])('accepts %s', (_, change) => {
    expect(fieldsOf(withTiming(change))).toEqual({});
  });

  it.each([
    ['a month lead as long as the shortest month', { leadDays: { month: 28, quarter: 14, 'half-year': 30 } }, 'reminders.leadDays.month', 'The lead time for monthly obligations is a whole number of days from 1 to 27.'],
    ['a quarter lead of 90 days', { leadDays: { month: 5, quarter: 90, 'half-year': 30 } }, 'reminders.leadDays.quarter', 'The lead time for quarterly obligations is a whole number of days from 1 to 89.'],
    ['a half-year lead of 181 days', { leadDays: { month: 5, quarter: 14, 'half-year': 181 } }, 'reminders.leadDays.half-year', 'The lead time for half-yearly obligations is a whole number of days from 1 to 180.'],
    ['no lead time at all', { leadDays: { month: 0, quarter: 14, 'half-year': 30 } }, 'reminders.leadDays.month', 'The lead time for monthly obligations is a whole number of days from 1 to 27.'],
    ['half a day', { planLeadDays: 2.5 }, 'reminders.planLeadDays', 'The lead time for temporary plans is a whole number of days from 1 to 91.'],
    ['a plan lead of 92 days', { planLeadDays: 92 }, 'reminders.planLeadDays', 'The lead time for temporary plans is a whole number of days from 1 to 91.'],
    ['an escalation window of 0', { escalateDays: 0 }, 'reminders.escalateDays', 'The escalation window is a whole number of days from 1 to 92.'],
    ['an escalation window of 93', { escalateDays: 93 }, 'reminders.escalateDays', 'The escalation window is a whole number of days from 1 to 92.'],
    ['days as text', { escalateDays: '14' }, 'reminders.escalateDays', 'The escalation window is a whole number of days from 1 to 92.'],
  ])('refuses %s, naming the field in both languages', (_, change, field, en) => {
    expect(fieldsOf(withTiming(change))).toEqual({ [field]: en });
    const zh = validate(revisitSettingsSchema, withTiming(change), 'zh-CN');
    expect(zh.ok ? {} : zh.fields[field]).toMatch(/须为 1–\d+ 的整数/);
  });

  it('refuses a setting without the timing, a period kind it does not know, and a field of its own', () => {
    expect(fieldsOf({ rules: defaultRevisitSettings.rules })).toHaveProperty(['reminders']);
    expect(fieldsOf(withTiming({ leadDays: { month: 5, quarter: 14, 'half-year': 30, year: 60 } }))).toHaveProperty(['reminders.leadDays.year']);
    expect(fieldsOf(withTiming({ quietHours: 3 }))).toHaveProperty(['reminders.quietHours']);
  });

  it('reads a version stored before the timing joined the setting with the defaults', () => {
    expect(storedRevisitSettingsSchema.parse({ rules: defaultRevisitSettings.rules })).toEqual(defaultRevisitSettings);
    const changed = { ...defaultRevisitSettings, reminders: { ...defaultRevisitSettings.reminders, escalateDays: 30 } };
    expect(storedRevisitSettingsSchema.parse(changed)).toEqual(changed);
  });
});
