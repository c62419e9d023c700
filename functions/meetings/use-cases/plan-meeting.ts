import { checkCancel, checkMinutes, mayOrganize } from '#shared/meetings/meeting-rules';
import type { Meeting, MeetingCreate } from '#shared/schemas/meeting.schema';
import { staffStatus } from '#shared/schemas/staff.schema';
import { forbidden, invalidFields } from '#core/errors';
import type { Principal } from '#core/principal';
import { translate, type Lang } from '#shared/messages';
import type { MeetingDeps } from '../deps';
import { readMeeting } from './read-meetings';
import { refusalError } from './refusal';

const person = (p: Principal) => ({ id: p.id, name: p.name });

/**
 * Sales plans a meeting (第三条〔八〕): the hosts must be in the staff directory (they are shown by name);
 * the meeting starts planned, with no invitations yet.
 */
export async function planMeeting(deps: MeetingDeps, input: MeetingCreate, principal: Principal, lang: Lang): Promise<Meeting> {
  if (!mayOrganize(principal)) throw forbidden();
  const ids = [...new Set(input.hostIds)];
  const found = await Promise.all(ids.map((id) => deps.staff.get(id)));
  const unknown = ids.filter((_, i) => !found[i] || staffStatus(found[i]!) !== 'active');
  if (unknown.length > 0) throw invalidFields({ hostIds: translate('meeting.hostUnknown', lang, { hosts: unknown.join('、') }) });
  const at = deps.now().toISOString();
  const meeting: Meeting = {
    id: deps.newId(),
    topic: input.topic,
    kind: input.kind,
    startsAt: input.startsAt,
    place: input.place,
    hosts: found.map((s) => ({ id: s!.id, name: s!.name })),
    budgetNote: input.budgetNote,
    status: 'planned',
    organizer: person(principal),
    feedback: [],
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  await deps.meetings.save(undefined, meeting);
  return meeting;
}

/** The minutes, once the meeting has started: writing them marks it held; a later write corrects them. */
export async function writeMinutes(deps: MeetingDeps, meetingId: string, text: string, principal: Principal) {
  const before = await readMeeting(deps, meetingId, principal);
  const now = deps.now();
  const checked = checkMinutes(before, principal, now);
  if (!checked.ok) throw refusalError(checked);
  const after: Meeting = {
    ...before,
    status: 'held',
    minutes: { text, recordedAt: now.toISOString(), recordedBy: person(principal) },
    updatedAt: now.toISOString(),
    version: before.version + 1,
  };
  await deps.meetings.save(before, after);
  return after;
}

export async function cancelMeeting(deps: MeetingDeps, meetingId: string, reason: string, principal: Principal) {
  const before = await readMeeting(deps, meetingId, principal);
  const checked = checkCancel(before, principal);
  if (!checked.ok) throw refusalError(checked);
  const at = deps.now().toISOString();
  const after: Meeting = { ...before, status: 'cancelled', cancellation: { at, by: person(principal), reason }, updatedAt: at, version: before.version + 1 };
  await deps.meetings.save(before, after);
  return after;
}

