import type { Lang } from '#shared/messages';
import { computed } from 'vue';
import { createI18n } from 'vue-i18n';
import { compileMessage } from './compile-message';
import { zhCN } from './zh-CN';

export type { Lang };

type Messages = Record<string, unknown>;
type Loaders = Record<Lang, () => Promise<Messages>>;

/**
 * Messages load by language and by feature, when they are needed (issue 15, docs/performance.md):
 * - the shared strings (zh-CN.ts / en.ts: app, header, menu, sign-in, errors, customer) — Chinese with the
 *   app's first script, English when it is chosen;
 * - each feature's strings (<feature>.<lang>.ts), chunks of their own in the language in use, with the
 *   page or component that uses them: `withMessages(['archive'], () => import('…Page.vue'))` in the router
 *   (or around a lazy component) loads both before it is drawn.
 * test/web/page-messages.test.ts reads the sources and fails when a page uses a feature's keys it does not
 * load, or a menu entry's title is not a shared string.
 * A new page's strings: <feature>.zh-CN.ts and <feature>.en.ts with the same keys (the English file
 * typed `typeof <feature>ZhCN`), one line in `features` below, next to related entries, and the feature
 * named where its pages are imported.
 */
const features = {
  account: { 'zh-CN': () => import('./account.zh-CN').then((m) => m.accountZhCN), en: () => import('./account.en').then((m) => m.accountEn) },
  users: { 'zh-CN': () => import('./users.zh-CN').then((m) => m.usersZhCN), en: () => import('./users.en').then((m) => m.usersEn) },
  units: { 'zh-CN': () => import('./units.zh-CN').then((m) => m.unitsZhCN), en: () => import('./units.en').then((m) => m.unitsEn) },
  home: { 'zh-CN': () => import('./home.zh-CN').then((m) => m.homeZhCN), en: () => import('./home.en').then((m) => m.homeEn) },
  search: { 'zh-CN': () => import('./search.zh-CN').then((m) => m.searchZhCN), en: () => import('./search.en').then((m) => m.searchEn) },
  tiers: { 'zh-CN': () => import('./tiers.zh-CN').then((m) => m.tiersZhCN), en: () => import('./tiers.en').then((m) => m.tiersEn) },
  orders: { 'zh-CN': () => import('./orders.zh-CN').then((m) => m.ordersZhCN), en: () => import('./orders.en').then((m) => m.ordersEn) },
  policies: { 'zh-CN': () => import('./policies.zh-CN').then((m) => m.policiesZhCN), en: () => import('./policies.en').then((m) => m.policiesEn) },
  archive: { 'zh-CN': () => import('./archive.zh-CN').then((m) => m.archiveZhCN), en: () => import('./archive.en').then((m) => m.archiveEn) },
  service: { 'zh-CN': () => import('./service.zh-CN').then((m) => m.serviceZhCN), en: () => import('./service.en').then((m) => m.serviceEn) },
  reception: { 'zh-CN': () => import('./reception.zh-CN').then((m) => m.receptionZhCN), en: () => import('./reception.en').then((m) => m.receptionEn) },
  meetings: { 'zh-CN': () => import('./meetings.zh-CN').then((m) => m.meetingsZhCN), en: () => import('./meetings.en').then((m) => m.meetingsEn) },
  revisits: { 'zh-CN': () => import('./revisits.zh-CN').then((m) => m.revisitsZhCN), en: () => import('./revisits.en').then((m) => m.revisitsEn) },
  revisitPlans: { 'zh-CN': () => import('./revisit-plans.zh-CN').then((m) => m.revisitPlansZhCN), en: () => import('./revisit-plans.en').then((m) => m.revisitPlansEn) },
  revisitReports: { 'zh-CN': () => import('./revisit-reports.zh-CN').then((m) => m.revisitReportsZhCN), en: () => import('./revisit-reports.en').then((m) => m.revisitReportsEn) },
  assessments: { 'zh-CN': () => import('./assessments.zh-CN').then((m) => m.assessmentsZhCN), en: () => import('./assessments.en').then((m) => m.assessmentsEn) },
  imports: { 'zh-CN': () => import('./imports.zh-CN').then((m) => m.importsZhCN), en: () => import('./imports.en').then((m) => m.importsEn) },
} satisfies Record<string, Loaders>;

/** A feature's strings, by the name pages load them by. */
export type MessageFeature = keyof typeof features;

const shared: Loaders = { 'zh-CN': async () => zhCN, en: () => import('./en').then((m) => m.en) };

const storageKey = 'crm.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: 'zh-CN',
  fallbackLocale: 'zh-CN',
  // vue-i18n's runtime build (web/vite.config.ts): our messages are compiled by compile-message.ts.
  messageCompiler: compileMessage,
  // Typed with both languages; English is merged in when chosen (setLang).
  messages: { 'zh-CN': zhCN } as Record<Lang, typeof zhCN>,
});

/** The UI language, also sent to the API as Accept-Language and used for shared form messages. */
export const currentLang = computed<Lang>(() => (i18n.global.locale.value === 'en' ? 'en' : 'zh-CN'));

const loaded = new Map<string, Promise<void>>();
/** Features loaded so far: a language switch loads them in the new language before switching. */
const wanted = new Set<MessageFeature>();
/** The language being switched to, while its messages load: features asked for meanwhile load in it too. */
let switchingTo: Lang | undefined;

/** Merges one set of messages into a language, once. */
function load(lang: Lang, name: string, loader: () => Promise<Messages>): Promise<void> {
  const key = `${lang}:${name}`;
  let done = loaded.get(key);
  if (!done) {
    done = loader().then((messages) => i18n.global.mergeLocaleMessage(lang, messages as typeof zhCN));
    // A failed fetch (offline) is tried again next time rather than remembered.
    done.catch(() => loaded.delete(key));
    loaded.set(key, done);
  }
  return done;
}

function loadFeatures(lang: Lang, names: Iterable<MessageFeature>): Promise<unknown> {
  return Promise.all([...names].map((name) => load(lang, name, features[name][lang])));
}

/** Features' strings in the language in use (and the one being switched to). */
export function loadMessages(names: readonly MessageFeature[]): Promise<unknown> {
  for (const name of names) wanted.add(name);
  const langs = new Set([currentLang.value, switchingTo ?? currentLang.value]);
  return Promise.all([...langs].map((lang) => loadFeatures(lang, names)));
}

/** A lazy page or component that is drawn with its features' strings: both load side by side. */
export function withMessages<T>(names: readonly MessageFeature[], loadComponent: () => Promise<T>): () => Promise<T> {
  return () => Promise.all([loadComponent(), loadMessages(names)]).then(([component]) => component);
}

/** Switches the UI language once its messages are here (the stored choice on start, the switch later). */
export async function setLang(lang: Lang, remember = true): Promise<void> {
  switchingTo = lang;
  try {
    await Promise.all([load(lang, 'shared', shared[lang]), loadFeatures(lang, wanted)]);
  } finally {
    if (switchingTo === lang) switchingTo = undefined;
  }
  i18n.global.locale.value = lang;
  document.documentElement.lang = lang;
  if (!remember) return;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** The language chosen before (or Chinese), loaded: awaited once before the app mounts. */
export function restoreLang(): Promise<void> {
  return setLang(storedLang(), false);
}
