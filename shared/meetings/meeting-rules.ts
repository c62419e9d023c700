import type { MessageCode } from '../messages';
import { isUnitRole, type Role } from '../roles';
import type { CustomerKind, Tier } from '../customer-options';
import { meetingPlanFields, type AttendanceSummary, type Invitation, type InvitationUpdate, type Meeting, type MeetingChange } from '../schemas/meeting.schema';

/**
 * The rules of customer meetings (第三条〔八〕), pure: who may plan and change them, what a unit user sees,
 * which customers a selection invites, and when feedback may be turned into a request or a revisit.
 */
export interface MeetingActor {
  id: string;
  role: Role;
  unitId?: string;
}

export type Refusal = { ok: false; kind: 'forbidden' | 'conflict' | 'invalid' | 'not_found'; code: MessageCode };
export type Check = { ok: true } | Refusal;
const ok: Check = { ok: true };
const refuse = (kind: Refusal['kind'], code: MessageCode): Refusal => ({ ok: false, kind, code });

/** Sales plans and runs meetings (销售部组织, 第三条〔八〕); admins may too. */
const organizerRoles: readonly Role[] = ['admin', 'sales-head', 'sales'];
export const mayOrganize = (actor: MeetingActor): boolean => organizerRoles.includes(actor.role);

/** A unit user works only on their unit's invitees; Sales on every invitee. */
export const mayWorkOnInvitee = (actor: MeetingActor, invitee: { unitId: string }): boolean =>
  mayOrganize(actor) || (isUnitRole(actor.role) && actor.unitId === invitee.unitId);

/** What a caller sees of a meeting's invitations: a unit user only their unit's (R1 data scope). */
export function visibleTo<T extends { unitId: string }>(actor: MeetingActor, items: readonly T[]): T[] {
  return isUnitRole(actor.role) ? items.filter((i) => i.unitId === actor.unitId) : [...items];
}

export interface Candidate {
  id: string;
  unitId: string;
  tier: Tier;
  kind: CustomerKind;
  deletedAt?: string;
}

/**
 * The customers a selection invites: those named one by one and those matching every given filter
 * criterion, live, not invited yet, each once, in the order given. Returns also how many were already invited.
 */
export function selectInvitees<C extends Candidate>(
  candidates: readonly C[],
  filter: { unitId?: string; tier?: Tier; kind?: CustomerKind } | undefined,
  named: readonly string[],
  alreadyInvited: ReadonlySet<string>,
): { invite: C[]; alreadyInvited: number } {
  const chosen = new Map<string, C>();
  let already = 0;
  const matches = (c: C) =>
    !!filter && (!filter.unitId || c.unitId === filter.unitId) && (!filter.tier || c.tier === filter.tier) && (!filter.kind || c.kind === filter.kind);
  for (const c of candidates) {
    if (c.deletedAt || chosen.has(c.id)) continue;
    if (!named.includes(c.id) && !matches(c)) continue;
    if (alreadyInvited.has(c.id)) {
      already++;
      continue;
    }
    chosen.set(c.id, c);
  }
  return { invite: [...chosen.values()], alreadyInvited: already };
}

/** The most customers one meeting invites (a company-wide 座谈会 of every key customer fits). */
export const maxInvitees = 300;

export function checkInvite(meeting: Meeting, actor: MeetingActor, invitedNow: number, adding: number): Check {
  if (!mayOrganize(actor)) return refuse('forbidden', 'forbidden');
  if (meeting.status === 'cancelled') return refuse('conflict', 'meeting.cancelled');
  if (invitedNow + adding > maxInvitees) return refuse('invalid', 'meeting.tooManyInvitees');
  return ok;
}

/**
 * A reply may be recorded until the meeting is held or cancelled; attendance only once it has started
 * (who came is known then), and a customer marked as attending has replied yes in effect.
 */
export function applyInvitationUpdate(
  meeting: Meeting,
  invitation: Invitation,
  change: InvitationUpdate,
  actor: MeetingActor,
  now: Date,
): { ok: true; invitation: Invitation } | Refusal {
  if (!mayWorkOnInvitee(actor, invitation)) return refuse('forbidden', 'forbidden');
  if (meeting.status === 'cancelled') return refuse('conflict', 'meeting.cancelled');
  const attendance = change.attended !== undefined || change.attendees !== undefined;
  if (attendance && Date.parse(meeting.startsAt) > now.getTime()) return refuse('conflict', 'meeting.notStarted');
  const attendees = change.attendees ?? invitation.attendees;
  const attended = change.attended ?? (change.attendees ? change.attendees.length > 0 : invitation.attended);
  const reply = attended ? 'accepted' : (change.reply ?? invitation.reply);
  return {
    ok: true,
    invitation: {
      ...invitation,
      ...(change.contacts ? { contacts: change.contacts } : {}),
      reply,
      ...(attended !== undefined ? { attended } : {}),
      attendees: attended === false ? [] : attendees,
      updatedAt: now.toISOString(),
      version: invitation.version + 1,
    },
  };
}

export function summarize(invitations: readonly Invitation[]): AttendanceSummary {
  return {
    invited: invitations.length,
    accepted: invitations.filter((i) => i.reply === 'accepted').length,
    declined: invitations.filter((i) => i.reply === 'declined').length,
    pending: invitations.filter((i) => i.reply === 'pending').length,
    attended: invitations.filter((i) => i.attended).length,
  };
}

/** Minutes are written once the meeting has started; writing them marks it held (they may be corrected later). */
export function checkMinutes(meeting: Meeting, actor: MeetingActor, now: Date): Check {
  if (!mayOrganize(actor)) return refuse('forbidden', 'forbidden');
  if (meeting.status === 'cancelled') return refuse('conflict', 'meeting.cancelled');
  if (Date.parse(meeting.startsAt) > now.getTime()) return refuse('conflict', 'meeting.notStarted');
  return ok;
}

/** Feedback comes from an invited customer, once the meeting has started, by Sales or the customer's unit. */
export function checkFeedback(meeting: Meeting, invitation: Invitation | undefined, actor: MeetingActor, now: Date): Check {
  if (!invitation) return refuse('invalid', 'meeting.notInvited');
  if (!mayWorkOnInvitee(actor, invitation)) return refuse('forbidden', 'forbidden');
  if (meeting.status === 'cancelled') return refuse('conflict', 'meeting.cancelled');
  if (Date.parse(meeting.startsAt) > now.getTime()) return refuse('conflict', 'meeting.notStarted');
  return ok;
}

/** A feedback item is turned once, into a request or a revisit, by Sales or the customer's unit. */
export function checkConvert(meeting: Meeting, feedbackId: string, actor: MeetingActor): Check {
  const item = meeting.feedback.find((f) => f.id === feedbackId);
  if (!item) return refuse('not_found', 'not_found');
  if (!mayWorkOnInvitee(actor, item)) return refuse('forbidden', 'forbidden');
  if (item.serviceRequestId || item.revisitId) return refuse('conflict', 'meeting.feedbackConverted');
  return ok;
}

/** The plan's values a change may set (hosts already looked up by name). */
export type PlanValues = Partial<Pick<Meeting, (typeof meetingPlanFields)[number]>>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Sales changes a meeting's plan — topic, start, place, hosts, budget note — until it is held or cancelled.
 * Only the fields that really change are kept, before → after, as the change's history entry; a change
 * that changes nothing leaves the meeting as it was (no new version, no entry).
 */
export function applyPlanChange(
  meeting: Meeting,
  values: PlanValues,
  actor: MeetingActor & { name: string },
  now: Date,
): { ok: true; meeting: Meeting; change?: MeetingChange } | Refusal {
  if (!mayOrganize(actor)) return refuse('forbidden', 'forbidden');
  if (meeting.status !== 'planned') return refuse('conflict', 'meeting.notEditable');
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const field of meetingPlanFields) {
    const next = values[field];
    if (next === undefined || sameValue(next, meeting[field])) continue;
    before[field] = meeting[field];
    after[field] = next;
  }
  if (Object.keys(after).length === 0) return { ok: true, meeting };
  const at = now.toISOString();
  const version = meeting.version + 1;
  return {
    ok: true,
    meeting: { ...meeting, ...after, updatedAt: at, version },
    change: { meetingId: meeting.id, version, at, by: { id: actor.id, name: actor.name }, before, after },
  };
}

export function checkCancel(meeting: Meeting, actor: MeetingActor): Check {
  if (!mayOrganize(actor)) return refuse('forbidden', 'forbidden');
  if (meeting.status !== 'planned') return refuse('conflict', 'meeting.notPlanned');
  return ok;
}
