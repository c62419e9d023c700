import type { FieldErrors } from './validation';
import {
  robotHosts,
  type NotificationSettings,
  type NotificationSettingsUpdate,
  type NotificationSettingsView,
  type RobotChannel,
} from './schemas/notification-settings.schema';

/** At most the last four characters of a secret stay readable, enough to tell which one is stored. */
function tail(value: string): string {
  return value.length <= 8 ? '****' : `****${value.slice(-4)}`;
}

/**
 * A robot's webhook URL with every query value masked: the access token (`?key=` for WeCom,
 * `?access_token=` for DingTalk) is what lets anyone post to the group. Scheme, host and path stay,
 * so a person can see which robot it is.
 */
export function maskWebhookUrl(url: string): string {
  if (!URL.canParse(url)) return tail(url);
  const parsed = new URL(url);
  const query = [...parsed.searchParams.entries()].map(([k, v]) => `${encodeURIComponent(k)}=${tail(v)}`).join('&');
  return `${parsed.protocol}//${parsed.host}${parsed.pathname}${query ? `?${query}` : ''}`;
}

/** DingTalk's signing secret (`SEC…`): its prefix and last four characters. */
export function maskSecret(secret: string): string {
  return secret.length < 12 ? '****' : `${secret.slice(0, 3)}****${secret.slice(-4)}`;
}

/** The stored settings as the browser may see them. */
export function viewOf(
  s: NotificationSettings,
  version: number,
  updatedAt?: string,
  personal: NotificationSettingsView['personal'] = { wecom: false, dingtalk: false },
): NotificationSettingsView {
  return {
    inbox: { enabled: true },
    email: { enabled: s.email.enabled, ...(s.email.address ? { address: s.email.address } : {}) },
    wecom: { enabled: s.wecom.enabled, ...(s.wecom.webhookUrl ? { webhookUrl: maskWebhookUrl(s.wecom.webhookUrl) } : {}) },
    dingtalk: {
      enabled: s.dingtalk.enabled,
      ...(s.dingtalk.webhookUrl ? { webhookUrl: maskWebhookUrl(s.dingtalk.webhookUrl) } : {}),
      ...(s.dingtalk.secret ? { secret: maskSecret(s.dingtalk.secret) } : {}),
    },
    kinds: s.kinds ?? {},
    personal,
    version,
    ...(updatedAt ? { updatedAt } : {}),
  };
}

/** Left out keeps, `null` removes, a value replaces (secrets are never sent back by the browser). */
function pick(next: string | null | undefined, stored: string | undefined): string | undefined {
  if (next === undefined) return stored;
  return next === null || next === '' ? undefined : next;
}

/**
 * Where a robot's webhook may point: its own host over https, or an origin the deployment adds
 * (the tests' local stand-in for the robots). Anything else would let a person aim the reminder job at
 * any address from inside the company's network.
 */
export function robotUrlAllowed(channel: RobotChannel, url: string, extraOrigins: readonly string[] = []): boolean {
  if (!URL.canParse(url)) return false;
  const u = new URL(url);
  return (u.protocol === 'https:' && u.hostname === robotHosts[channel]) || extraOrigins.includes(u.origin);
}

/**
 * The settings after a person's change, or the fields that stop it: a channel turned on needs its address
 * (given now or stored before), and a robot's URL must be the robot's own.
 * Error values are message codes (shared/messages.ts), translated where they are shown.
 */
export function applyNotificationUpdate(
  stored: NotificationSettings,
  update: NotificationSettingsUpdate,
  extraOrigins: readonly string[] = [],
  /** Channels that reach the person through the company's app: turned on, they need no robot URL. */
  personal: { wecom: boolean; dingtalk: boolean } = { wecom: false, dingtalk: false },
): { ok: true; value: NotificationSettings } | { ok: false; fields: FieldErrors } {
  const value: NotificationSettings = {
    email: { enabled: update.email.enabled, ...optional('address', pick(update.email.address, stored.email.address)) },
    wecom: { enabled: update.wecom.enabled, ...optional('webhookUrl', pick(update.wecom.webhookUrl, stored.wecom.webhookUrl)) },
    dingtalk: {
      enabled: update.dingtalk.enabled,
      ...optional('webhookUrl', pick(update.dingtalk.webhookUrl, stored.dingtalk.webhookUrl)),
      ...optional('secret', pick(update.dingtalk.secret, stored.dingtalk.secret)),
    },
    ...(update.kinds ?? stored.kinds ? { kinds: update.kinds ?? stored.kinds } : {}),
  };
  const fields: FieldErrors = {};
  if (value.email.enabled && !value.email.address) fields['email.address'] = 'notify.emailRequired';
  for (const channel of ['wecom', 'dingtalk'] as const) {
    const url = value[channel].webhookUrl;
    const given = update[channel].webhookUrl;
    if (value[channel].enabled && !url && !personal[channel]) fields[`${channel}.webhookUrl`] = 'notify.urlRequired';
    // Only a URL given now is checked: one stored under an earlier allow-list stays until it is replaced.
    else if (typeof given === 'string' && given !== '' && !robotUrlAllowed(channel, given, extraOrigins)) fields[`${channel}.webhookUrl`] = 'notify.urlHost';
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, value };
}

function optional<K extends string>(key: K, v: string | undefined): Partial<Record<K, string>> {
  return v === undefined ? {} : ({ [key]: v } as Record<K, string>);
}
