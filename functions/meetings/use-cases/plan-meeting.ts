import { applyPlanChange, checkCancel, checkMinutes, mayOrganize, type PlanValues } from '#shared/meetings/meeting-rules';
import type { Meeting, MeetingChange, MeetingCreate, MeetingPatch } from '#shared/schemas/meeting.schema';
import { staffStatus } from '#shared/schemas/staff.schema';
import { DomainError, forbidden, invalidFields } from '#core/errors';
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
/** The hosts by name from the staff directory; anyone not there (or not active) is a 400 naming them. */
async function hostsOf(deps: MeetingDeps, hostIds: readonly string[], lang: Lang): Promise<Meeting['hosts']> {
  const ids = [...new Set(hostIds)];
  const found = await Promise.all(ids.map((id) => deps.staff.get(id)));
  const unknown = ids.filter((_, i) => !found[i] || staffStatus(found[i]!) !== 'active');
  if (unknown.length > 0) throw invalidFields({ hostIds: translate('meeting.hostUnknown', lang, { hosts: unknown.join('、') }) });
  return found.map((s) => ({ id: s!.id, name: s!.name }));
}

export async function planMeeting(deps: MeetingDeps, input: MeetingCreate, principal: Principal, lang: Lang): Promise<Meeting> {
  if (!mayOrganize(principal)) throw forbidden();
  const hosts = await hostsOf(deps, input.hostIds, lang);
  const at = deps.now().toISOString();
  const meeting: Meeting = {
    id: deps.newId(),
    topic: input.topic,
    kind: input.kind,
    startsAt: input.startsAt,
    place: input.place,
    hosts,
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

/**
 * Sales changes a planned meeting's plan (topic, start, place, hosts, budget note), with its history:
 * 1. the meeting at the version the caller edited (If-Match; 412 when it moved since);
 * 2. new hosts looked up by name, as when planning;
 * 3. the rule (shared/meetings) keeps only the fields that change and refuses a held or cancelled meeting;
 * 4. the new version and its history entry in one transaction;
 * 5. the topic and start copied on the invitations and unit markers follow (customer pages, unit lists).
 */
export async function changePlan(deps: MeetingDeps, meetingId: string, patch: MeetingPatch, expectedVersion: number, principal: Principal, lang: Lang): Promise<Meeting> {
  const before = await readMeeting(deps, meetingId, principal);
  if (before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const { hostIds, ...rest } = patch;
  const values: PlanValues = { ...rest, ...(hostIds ? { hosts: await hostsOf(deps, hostIds, lang) } : {}) };
  const out = applyPlanChange(before, values, principal, deps.now());
  if (!out.ok) throw refusalError(out);
  if (out.change) await deps.meetings.change(before, out.meeting, out.change);
  await deps.meetings.refreshCopies(out.meeting);
  return out.meeting;
}

/** The plan's changes, newest first, to whoever may read the meeting. */
export async function planHistory(deps: MeetingDeps, meetingId: string, principal: Principal): Promise<{ items: MeetingChange[] }> {
  const meeting = await readMeeting(deps, meetingId, principal);
  return { items: await deps.meetings.history(meeting.id) };
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

