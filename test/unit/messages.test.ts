import { describe, expect, it } from 'vitest';
import { messages, pickLang, translate } from '../../shared/messages';

describe('messages', () => {
  it('speaks Chinese unless English is preferred', () => {
    expect(pickLang(undefined)).toBe('zh-CN');
    expect(pickLang('zh-CN,zh;q=0.9,en;q=0.8')).toBe('zh-CN');
    expect(pickLang('en-US,en;q=0.9')).toBe('en');
    expect(pickLang('fr-FR')).toBe('zh-CN');
  });

  it('has every message in both languages', () => {
    for (const [code, text] of Object.entries(messages)) {
      expect(text['zh-CN'], code).toMatch(/[\u4e00-\u9fa5]/);
      // English may quote Chinese labels a file accepts, but it is English prose, not the Chinese text.
      expect(text.en, code).toMatch(/[A-Za-z]{3,}/);
      expect(text.en, code).not.toBe(text['zh-CN']);
    }
  });

  it('fills parameters', () => {
    expect(translate('credit_code_taken', 'en', { name: '华瑞' })).toBe('This credit code already belongs to customer “华瑞”.');
  });
});
