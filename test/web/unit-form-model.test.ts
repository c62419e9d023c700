import { describe, expect, it } from 'vitest';
import { checkUnitForm, createBody, formFromUnit } from '../../web/src/views/units/unit-form-model';

describe('the unit form, checked on blur and on save as the API checks it', () => {
  it('names a blank or short name and a badly formed code, in the UI language', () => {
    const blank = formFromUnit(null);
    const zh = checkUnitForm(blank, 'zh-CN');
    expect(zh.ok).toBe(false);
    expect(!zh.ok && zh.fields.name).toBe('至少 2 个字符。');
    expect(!zh.ok && zh.fields.code).toBeTruthy();
    const en = checkUnitForm({ ...blank, code: 'south', name: '华' }, 'en');
    expect(!en.ok && en.fields).toEqual({ name: 'At least 2 characters.' });
  });

  it('passes a valid unit, leaving out a blank English name and region', () => {
    const model = { ...formFromUnit(null), code: 'south', name: '华南事业部', nameEn: ' ', region: '' };
    expect(checkUnitForm(model, 'zh-CN').ok).toBe(true);
    expect(createBody(model)).toEqual({ code: 'south', name: '华南事业部', heads: [] });
  });
});
