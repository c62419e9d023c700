import { applyNotificationUpdate, viewOf } from '#shared/notification-masking';
import type { NotificationSettingsUpdate, NotificationSettingsView } from '#shared/schemas/notification-settings.schema';
import { robotHosts } from '#shared/schemas/notification-settings.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { NotificationSettingsDeps } from '../deps';

/** Whether the company's app reaches the person directly: the app is configured and the directory knows their id there. */
export async function personalChannels(deps: Pick<NotificationSettingsDeps, 'apps' | 'staff'>, personId: string): Promise<NotificationSettingsView['personal']> {
  const [apps, who] = await Promise.all([deps.apps(), deps.staff.get(personId)]);
  return { wecom: !!apps.wecom && !!who?.wecomUserId, dingtalk: !!apps.dingtalk && !!who?.dingtalkUserId };
}

/** The caller's own notice channels and their choice per kind, secrets masked. */
export async function myNotificationSettings(deps: NotificationSettingsDeps, principal: Principal): Promise<NotificationSettingsView> {
  const [stored, personal] = await Promise.all([deps.settings.get(principal.id), personalChannels(deps, principal.id)]);
  return viewOf(stored.settings, stored.version, stored.updatedAt, personal);
}

/**
 * Changes the caller's own reminder channels (nobody sets another person's):
 * 1. the change is applied to what is stored — a secret left out is kept, since the browser only ever
 *    saw it masked;
 * 2. a channel turned on needs its address (a robot's URL, unless the company's app reaches the person
 *    directly), and a robot's URL must be the robot's own host (so nobody can aim the jobs at any address);
 *    the choice per kind of notice (channels, daily digest) is kept as given, or as stored when left out;
 * 3. written if still at the version the caller read (412 otherwise); the answer is masked again.
 */
export async function updateMyNotificationSettings(
  deps: NotificationSettingsDeps,
  update: NotificationSettingsUpdate,
  expectedVersion: number,
  principal: Principal,
): Promise<NotificationSettingsView> {
  const stored = await deps.settings.get(principal.id);
  if (stored.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const personal = await personalChannels(deps, principal.id);
  const next = applyNotificationUpdate(stored.settings, update, deps.extraRobotOrigins, personal);
  if (!next.ok) {
    throw new DomainError('invalid', 'validation_failed', { fields: next.fields, params: { hosts: Object.values(robotHosts).join(', ') } });
  }
  const saved = await deps.settings.put(principal.id, next.value, expectedVersion, deps.now().toISOString());
  return viewOf(saved.settings, saved.version, saved.updatedAt, personal);
}
