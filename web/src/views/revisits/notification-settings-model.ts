import { isMessageCode, translate, type Lang } from '#shared/messages';
import { applyNotificationUpdate } from '#shared/notification-masking';
import { externalChannels, noticeCategories, type ExternalChannel, type NoticeCategory } from '#shared/notice-kinds';
import {
  notificationSettingsUpdateSchema,
  robotHosts,
  type NotificationSettingsUpdate,
  type NotificationSettingsView,
} from '#shared/schemas/notification-settings.schema';
import { validate, type FieldErrors } from '#shared/validation';

/**
 * What the channels form edits. Saved URLs and secrets are never in it (the browser only has them
 * masked): an input left empty keeps the saved one, `remove…` drops it, anything typed replaces it.
 */
export interface ChannelsForm {
  email: { enabled: boolean; address: string };
  wecom: { enabled: boolean; webhookUrl: string; removeUrl: boolean };
  dingtalk: { enabled: boolean; webhookUrl: string; removeUrl: boolean; secret: string; removeSecret: boolean };
  /** Per kind of notice: the outside channels it takes and whether it waits for the daily digest (issue 12). */
  kinds: Record<NoticeCategory, { channels: ExternalChannel[]; digest: boolean }>;
}

export function formFromView(v: NotificationSettingsView): ChannelsForm {
  return {
    email: { enabled: v.email.enabled, address: v.email.address ?? '' },
    wecom: { enabled: v.wecom.enabled, webhookUrl: '', removeUrl: false },
    dingtalk: { enabled: v.dingtalk.enabled, webhookUrl: '', removeUrl: false, secret: '', removeSecret: false },
    // A kind never chosen takes every channel, one by one (as the server treats it).
    kinds: Object.fromEntries(
      noticeCategories.map((c) => [c, { channels: [...(v.kinds?.[c]?.channels ?? externalChannels)], digest: v.kinds?.[c]?.digest ?? false }]),
    ) as ChannelsForm['kinds'],
  };
}

/** Left empty: keep (undefined); removal asked: null; typed: the new value. */
const secretField = (typed: string, remove: boolean) => (remove ? null : typed.trim() ? typed.trim() : undefined);

export function updateFromForm(f: ChannelsForm): NotificationSettingsUpdate {
  return {
    email: { enabled: f.email.enabled, address: f.email.address.trim() },
    wecom: { enabled: f.wecom.enabled, ...optional('webhookUrl', secretField(f.wecom.webhookUrl, f.wecom.removeUrl)) },
    dingtalk: {
      enabled: f.dingtalk.enabled,
      ...optional('webhookUrl', secretField(f.dingtalk.webhookUrl, f.dingtalk.removeUrl)),
      ...optional('secret', secretField(f.dingtalk.secret, f.dingtalk.removeSecret)),
    },
    kinds: Object.fromEntries(noticeCategories.map((c) => [c, { channels: externalChannels.filter((x) => f.kinds[c].channels.includes(x)), digest: f.kinds[c].digest }])),
  };
}

function optional<K extends string>(key: K, v: string | null | undefined): Partial<Record<K, string | null>> {
  return v === undefined ? {} : ({ [key]: v } as Record<K, string | null>);
}

/**
 * The update checked as the server will check it — the schema, then "a channel turned on needs its
 * address" and "a robot's URL is the robot's own" against what is saved (masked values stand in for
 * the saved ones: only whether they exist matters) — so most mistakes show before sending.
 */
export function checkUpdate(f: ChannelsForm, saved: NotificationSettingsView, lang: Lang): { ok: true; value: NotificationSettingsUpdate } | { ok: false; fields: FieldErrors } {
  const parsed = validate(notificationSettingsUpdateSchema, updateFromForm(f), lang);
  if (!parsed.ok) return parsed;
  const stand = {
    email: { enabled: saved.email.enabled, ...(saved.email.address ? { address: saved.email.address } : {}) },
    wecom: { enabled: saved.wecom.enabled, ...(saved.wecom.webhookUrl ? { webhookUrl: saved.wecom.webhookUrl } : {}) },
    dingtalk: {
      enabled: saved.dingtalk.enabled,
      ...(saved.dingtalk.webhookUrl ? { webhookUrl: saved.dingtalk.webhookUrl } : {}),
      ...(saved.dingtalk.secret ? { secret: saved.dingtalk.secret } : {}),
    },
  };
  const applied = applyNotificationUpdate(stand, parsed.value, [], saved.personal);
  if (applied.ok) return parsed;
  const hosts = Object.values(robotHosts).join(', ');
  return { ok: false, fields: Object.fromEntries(Object.entries(applied.fields).map(([k, code]) => [k, isMessageCode(code) ? translate(code, lang, { hosts }) : code])) };
}
