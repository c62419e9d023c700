import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { compileMessage } from '../../web/src/i18n/compile-message';

interface Messages {
  [key: string]: string | Messages;
}

/** `t` of a composer over one language's messages, with vue-i18n's own compiler or the given one. */
function translator(lang: string, messages: Messages, messageCompiler?: typeof compileMessage) {
  const options = { legacy: false, locale: lang, messages: { [lang]: messages }, missingWarn: false, fallbackWarn: false } as const;
  return createI18n({ ...options, ...(messageCompiler ? { messageCompiler } : {}) } as never).global as unknown as {
    t(key: string, params?: Record<string, unknown>): string;
  };
}

/** Every message file of the SPA (shared strings and each feature's), by language. */
const i18nDir = join(import.meta.dirname, '../../web/src/i18n');
const byLang: Record<'zh-CN' | 'en', Messages[]> = { 'zh-CN': [], en: [] };
for (const file of readdirSync(i18nDir)) {
  const lang = file.endsWith('zh-CN.ts') ? 'zh-CN' : file.endsWith('en.ts') ? 'en' : undefined;
  if (!lang) continue;
  const mod = (await import(join(i18nDir, file))) as Record<string, unknown>;
  for (const value of Object.values(mod)) if (value && typeof value === 'object') byLang[lang].push(value as unknown as Messages);
}

function leaves(messages: Messages, prefix = ''): [string, string][] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value] as [string, string]] : leaves(value as Messages, `${prefix}${key}.`),
  );
}

describe('the SPA’s message compiler (vue-i18n runtime build, issue 15)', () => {
  it('finds the message files of both languages', () => {
    expect(byLang['zh-CN'].length).toBeGreaterThanOrEqual(10);
    expect(byLang.en.length).toBe(byLang['zh-CN'].length);
  });

  for (const lang of ['zh-CN', 'en'] as const) {
    it(`renders every ${lang} message as vue-i18n’s own compiler does`, () => {
      const messages = Object.assign({}, ...byLang[lang]) as Messages;
      const official = translator(lang, messages);
      const ours = translator(lang, messages, compileMessage);
      const all = leaves(messages);
      expect(all.length).toBeGreaterThan(500);
      for (const [key, text] of all) {
        const params = Object.fromEntries([...text.matchAll(/\{\s*(\w+)\s*\}/g)].map((m) => [m[1], `‹${m[1]}›`]));
        expect(ours.t(key, params), key).toBe(official.t(key, params));
      }
    });
  }

  it('would notice a message using more than placeholders', () => {
    const messages = { plural: 'one item | {n} items', linked: 'see @:plural' };
    const official = translator('en', messages);
    const ours = translator('en', messages, compileMessage);
    expect(ours.t('plural', { n: 2 })).not.toBe(official.t('plural', { n: 2 }));
    expect(ours.t('linked')).not.toBe(official.t('linked'));
  });
});
