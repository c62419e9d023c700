import type { Lang } from '#shared/messages';
import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { en } from './en';
import { zhCN } from './zh-CN';

export type { Lang };

const storageKey = 'crm.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: initialLang(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

document.documentElement.lang = i18n.global.locale.value;

/** The UI language, also sent to the API as Accept-Language and used for shared form messages. */
export const currentLang = computed<Lang>(() => (i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'));

export function setLang(lang: Lang): void {
  i18n.global.locale.value = lang;
  document.documentElement.lang = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}
