import type { Lang } from '#shared/messages';
import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { accountEn } from './account.en';
import { accountZhCN } from './account.zh-CN';
import { archiveEn } from './archive.en';
import { archiveZhCN } from './archive.zh-CN';
import { en } from './en';
import { homeEn } from './home.en';
import { homeZhCN } from './home.zh-CN';
import { importsEn } from './imports.en';
import { importsZhCN } from './imports.zh-CN';
import { ordersEn } from './orders.en';
import { ordersZhCN } from './orders.zh-CN';
import { policiesEn } from './policies.en';
import { policiesZhCN } from './policies.zh-CN';
import { receptionEn } from './reception.en';
import { receptionZhCN } from './reception.zh-CN';
import { revisitsEn } from './revisits.en';
import { revisitsZhCN } from './revisits.zh-CN';
import { revisitPlansEn } from './revisit-plans.en';
import { revisitPlansZhCN } from './revisit-plans.zh-CN';
import { revisitReportsEn } from './revisit-reports.en';
import { revisitReportsZhCN } from './revisit-reports.zh-CN';
import { searchEn } from './search.en';
import { searchZhCN } from './search.zh-CN';
import { serviceEn } from './service.en';
import { serviceZhCN } from './service.zh-CN';
import { tiersEn } from './tiers.en';
import { tiersZhCN } from './tiers.zh-CN';
import { unitsEn } from './units.en';
import { unitsZhCN } from './units.zh-CN';
import { usersEn } from './users.en';
import { usersZhCN } from './users.zh-CN';
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
  // Features keep their strings in files of their own (<feature>.<lang>.ts), merged here.
  messages: {
    'zh-CN': { ...zhCN, ...accountZhCN, ...tiersZhCN, ...ordersZhCN, ...policiesZhCN, ...archiveZhCN, ...serviceZhCN, ...searchZhCN, ...receptionZhCN, ...revisitsZhCN, ...revisitPlansZhCN, ...revisitReportsZhCN, ...importsZhCN, ...homeZhCN, ...unitsZhCN, ...usersZhCN },
    en: { ...en, ...accountEn, ...tiersEn, ...ordersEn, ...policiesEn, ...archiveEn, ...serviceEn, ...searchEn, ...receptionEn, ...revisitsEn, ...revisitPlansEn, ...revisitReportsEn, ...importsEn, ...homeEn, ...unitsEn, ...usersEn },
  },
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
