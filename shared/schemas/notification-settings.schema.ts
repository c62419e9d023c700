import * as z from 'zod';
import { externalChannels, noticeCategories } from '../notice-kinds';
import { lazySchema } from '../lazy-schema';

/**
 * A person's reminder channels (issue 5): the in-app inbox always; email, a WeCom (企业微信) group robot and a
 * DingTalk (钉钉) group robot (signed mode when a secret is set) when they turn them on. A robot's webhook URL
 * carries its access token and the DingTalk secret signs messages: both are secrets, stored as given and
 * only ever shown back masked (shared/notification-masking.ts).
 */
/**
 * Per category of notice (shared/notice-kinds.ts, issue 12): which of the turned-on channels it takes (besides
 * the inbox, always), and whether it waits for the daily digest instead of going out one by one. A category
 * not chosen takes every turned-on channel, one by one.
 */
export const noticeChoiceSchema = lazySchema(() => z.strictObject({
  channels: z.array(z.enum(externalChannels)).max(externalChannels.length),
  digest: z.boolean(),
}));
export type NoticeChoice = z.infer<typeof noticeChoiceSchema>;
const noticeChoices = lazySchema(() => z.partialRecord(z.enum(noticeCategories), noticeChoiceSchema));

export const notificationSettingsSchema = lazySchema(() => z.object({
  email: z.object({ enabled: z.boolean(), address: z.string().optional() }),
  wecom: z.object({ enabled: z.boolean(), webhookUrl: z.string().optional() }),
  dingtalk: z.object({ enabled: z.boolean(), webhookUrl: z.string().optional(), secret: z.string().optional() }),
  kinds: noticeChoices.optional(),
}));
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** Until a person chooses: the inbox only. */
export const defaultNotificationSettings: NotificationSettings = {
  email: { enabled: false },
  wecom: { enabled: false },
  dingtalk: { enabled: false },
};

/** The robots' own hosts; a webhook URL elsewhere is refused (the reminder job must not be pointed at any address). */
export const robotHosts = { wecom: 'qyapi.weixin.qq.com', dingtalk: 'oapi.dingtalk.com' } as const;
export type RobotChannel = keyof typeof robotHosts;

const webhookUrl = lazySchema(() => z
  .string()
  .trim()
  .max(500)
  .refine((v) => /^https?:\/\/[^\s/]+/i.test(v) && URL.canParse(v), { error: 'notify.urlFormat' }));

/**
 * PUT /me/notification-settings. A secret field left out keeps what is stored (the browser never holds
 * it in full, so it cannot send it back); `null` removes it; a string replaces it.
 */
export const notificationSettingsUpdateSchema = lazySchema(() => z.strictObject({
  email: z.strictObject({
    enabled: z.boolean(),
    address: z.union([z.email({ error: 'email.invalid' }).max(254), z.literal('')]).optional(),
  }),
  wecom: z.strictObject({ enabled: z.boolean(), webhookUrl: webhookUrl.nullable().optional() }),
  dingtalk: z.strictObject({
    enabled: z.boolean(),
    webhookUrl: webhookUrl.nullable().optional(),
    secret: z.string().trim().min(8).max(200).nullable().optional(),
  }),
  /** Left out keeps the stored choices. */
  kinds: noticeChoices.optional(),
}));
export type NotificationSettingsUpdate = z.infer<typeof notificationSettingsUpdateSchema>;

/** What the browser gets back: secrets masked, and whether each is set. */
export const notificationSettingsViewSchema = lazySchema(() => z.object({
  inbox: z.object({ enabled: z.literal(true) }),
  email: z.object({ enabled: z.boolean(), address: z.string().optional() }),
  wecom: z.object({ enabled: z.boolean(), webhookUrl: z.string().optional() }),
  dingtalk: z.object({ enabled: z.boolean(), webhookUrl: z.string().optional(), secret: z.string().optional() }),
  kinds: noticeChoices,
  /**
   * Where the company has its own WeCom / DingTalk app configured and the staff directory knows the person's
   * user id there, messages come to the person directly (no robot URL needed).
   */
  personal: z.object({ wecom: z.boolean(), dingtalk: z.boolean() }),
  /** 0 until the person first saves. */
  version: z.number().int(),
  updatedAt: z.string().optional(),
}));
export type NotificationSettingsView = z.infer<typeof notificationSettingsViewSchema>;
