import { describe, expect, it } from 'vitest';
import { reactive } from 'vue';
import { defaultRevisitSettings, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { newRuleRow, ruleChanges, rowsFromSettings, settingsFromRows, timingChanges } from '../../web/src/views/revisits/revisit-rules-model';

describe('the revisit rules form', () => {
  it('goes from settings to rows and back unchanged', () => {
    const rows = rowsFromSettings(defaultRevisitSettings);
    expect(rows[0]).toMatchObject({ id: 'vip-quarterly-manager', targetPercent: 100, waivedBy: '', selective: false });
    expect(rows[4]).toMatchObject({ waivedBy: 'general-half-year-manager', targetPercent: null });
    expect(settingsFromRows(rows, defaultRevisitSettings.reminders, 'en')).toEqual({ ok: true, value: defaultRevisitSettings });
  });

  it('turns a typed percent into a share and names a broken waiver as the server would', () => {
    const rows = rowsFromSettings(defaultRevisitSettings);
    rows[3]!.targetPercent = 80;
    expect(settingsFromRows(rows, defaultRevisitSettings.reminders, 'en')).toMatchObject({ ok: true, value: { rules: expect.arrayContaining([expect.objectContaining({ id: 'general-half-year-manager', target: 0.8 })]) } });
    rows[4]!.waivedBy = 'vip-quarterly-manager';
    expect(settingsFromRows(rows, defaultRevisitSettings.reminders, 'zh-CN')).toEqual({ ok: false, fields: { 'rules.4.waivedBy': '豁免规则须是同一客户等级、周期更长且本身不被豁免的另一条规则。' } });
  });

  it('gives a new rule an id nobody has', () => {
    expect(newRuleRow(['rule-2', 'a']).id).toBe('rule-3');
    expect(newRuleRow(['rule-1', 'rule-2']).id).toBe('rule-3');
  });

  it('says what changed, rule by rule', () => {
    const next = structuredClone(defaultRevisitSettings) as RevisitSettings;
    next.rules[0]!.channels = ['phone', 'on-site'];
    next.rules[0]!.minCount = 2;
    next.rules.splice(1, 1);
    next.rules.push({ ...next.rules[1]!, id: 'key-monthly-call', period: 'month' });
    expect(ruleChanges(defaultRevisitSettings, next)).toEqual([
      { kind: 'edited', id: 'vip-quarterly-manager', label: defaultRevisitSettings.rules[0]!.label, fields: ['channels', 'minCount'] },
      { kind: 'added', id: 'key-monthly-call', label: next.rules[1]!.label },
      { kind: 'removed', id: 'vip-half-year-leader', label: defaultRevisitSettings.rules[1]!.label },
    ]);
    expect(ruleChanges(defaultRevisitSettings, defaultRevisitSettings)).toEqual([]);
  });

  it('sends the reminder timing with the rules and names a bad value as the server would', () => {
    const rows = rowsFromSettings(defaultRevisitSettings);
    const timing = { leadDays: { month: 7, quarter: 21, 'half-year': 45 }, planLeadDays: 2, escalateDays: 10 };
    expect(settingsFromRows(rows, timing, 'en')).toMatchObject({ ok: true, value: { reminders: timing } });
    // the page hands over its reactive form state
    expect(settingsFromRows(rows, reactive(structuredClone(timing)), 'en')).toMatchObject({ ok: true, value: { reminders: timing } });
    expect(settingsFromRows(rows, { ...timing, leadDays: { ...timing.leadDays, quarter: 90 }, escalateDays: 0 }, 'zh-CN')).toEqual({
      ok: false,
      fields: { 'reminders.leadDays.quarter': '季度义务的提前提醒天数须为 1–89 的整数。', 'reminders.escalateDays': '逾期督办天数须为 1–92 的整数。' },
    });
  });

  it.each([
    [{}, []],
    [{ escalateDays: 30 }, [{ field: 'escalateDays', from: 14, to: 30 }]],
    [{ planLeadDays: 5, leadDays: { month: 5, quarter: 7, 'half-year': 30 } }, [{ field: 'quarter', from: 14, to: 7 }, { field: 'planLeadDays', from: 3, to: 5 }]],
  ])('says which timing values changed: %j', (change, expected) => {
    const next = { ...defaultRevisitSettings, reminders: { ...defaultRevisitSettings.reminders, ...change } };
    expect(timingChanges(defaultRevisitSettings, next)).toEqual(expected);
  });
});
