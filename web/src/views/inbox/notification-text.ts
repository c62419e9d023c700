import type { Lang } from '#shared/messages';
import type { Notification } from '#shared/schemas/notification.schema';

/** A notice's text in the reader's language (stored in both, since the language is not known when it is written). */
export function notificationText(n: Pick<Notification, 'title' | 'body'>, lang: Lang): { title: string; body: string } {
  const other: Lang = lang === 'en' ? 'zh-CN' : 'en';
  return { title: n.title[lang] || n.title[other], body: n.body[lang] || n.body[other] };
}

/** Only a path inside this SPA is followed; anything else (another site, `//host`, a script URL) is ignored. */
export function internalLink(link: string | undefined): string | undefined {
  return link && link.startsWith('/') && !link.startsWith('//') && !link.includes('\\') ? link : undefined;
}
