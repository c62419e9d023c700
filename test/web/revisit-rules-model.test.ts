import { describe, expect, it } from 'vitest';
import { defaultRevisitSettings, type RevisitSettings } from '../../shared/schemas/revisit-settings.schema';
import { newRuleRow, ruleChanges, rowsFromSettings, settingsFromRows } from '../../web/src/views/revisits/revisit-rules-model';

describe('the revisit rules form', () => {
  it('goes from settings to rows and back unchanged', () => {
    const rows = rowsFromSettings(defaultRevisitSettings);
    expect(rows[0]).toMatchObject({ id: 'vip-quarterly-manager', targetPercent: 100, waivedBy: '', selective: false });
    expect(rows[4]).toMatchObject({ waivedBy: 'general-half-year-manager', targetPercent: null });
    expect(settingsFromRows(rows, 'en')).toEqual({ ok: true, value: defaultRevisitSettings });
  });

  it('turns a typed percent into a share and names a broken waiver as the server would', () => {
    const rows = rowsFromSettings(defaultRevisitSettings);
    rows[3]!.targetPercent = 80;
    expect(settingsFromRows(rows, 'en')).toMatchObject({ ok: true, value: { rules: expect.arrayContaining([expect.objectContaining({ id: 'general-half-year-manager', target: 0.8 })]) } });
    rows[4]!.waivedBy = 'vip-quarterly-manager';
    expect(settingsFromRows(rows, 'zh-CN')).toEqual({ ok: false, fields: { 'rules.4.waivedBy': '豁免规则须是同一客户等级、周期更长且本身不被豁免的另一条规则。' } });
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
});
