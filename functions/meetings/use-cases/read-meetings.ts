import { summarize, visibleTo } from '#shared/meetings/meeting-rules';
import { isUnitRole } from '#shared/roles';
import { shanghaiMidnight } from '#shared/shanghai-time';
import type { Invitation, Meeting, MeetingListQuery, MeetingRow, MeetingView } from '#shared/schemas/meeting.schema';
import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { MeetingDeps } from '../deps';

/**
 * One meeting as the caller may see it. A unit user sees a meeting only when one of their unit's customers is
 * invited (404 otherwise, as for a customer out of scope), and then only their unit's invitations and feedback.
 */
export async function readMeeting(deps: MeetingDeps, meetingId: string, principal: Principal): Promise<Meeting> {
  const meeting = await deps.meetings.get(meetingId);
  if (!meeting) throw notFound();
  if (isUnitRole(principal.role)) {
    const invitations = visibleTo(principal, await deps.meetings.invitations(meetingId));
    if (invitations.length === 0) throw notFound();
  }
  return meeting;
}

export async function meetingView(deps: MeetingDeps, meeting: Meeting, principal: Principal): Promise<MeetingView> {
  const invitations = visibleTo(principal, await deps.meetings.invitations(meeting.id));
  if (isUnitRole(principal.role) && invitations.length === 0) throw notFound();
  return { ...meeting, feedback: visibleTo(principal, meeting.feedback), invitations, summary: summarize(invitations) };
}

export async function getMeeting(deps: MeetingDeps, meetingId: string, principal: Principal): Promise<MeetingView> {
  const meeting = await deps.meetings.get(meetingId);
  if (!meeting) throw notFound();
  return meetingView(deps, meeting, principal);
}

/**
 * GET /meetings: newest start first. Sales and oversight read every meeting (GSI3); a unit user the meetings
 * their unit has invitees in (GSI2), one row each.
 */
export async function listMeetings(deps: MeetingDeps, query: MeetingListQuery, principal: Principal): Promise<{ items: MeetingRow[]; nextCursor: string | null }> {
  const from = query.from ? shanghaiMidnight(query.from) : undefined;
  const page = { limit: query.limit, ...(query.cursor ? { cursor: query.cursor } : {}) };
  if (isUnitRole(principal.role) && principal.unitId) return deps.meetings.ofUnit(principal.unitId, from, page);
  const { items, nextCursor } = await deps.meetings.list(from, page);
  return { items: items.map(({ id, topic, startsAt, kind, place, status, hosts }) => ({ id, topic, startsAt, kind, place, status, hosts })), nextCursor };
}

/** A customer's page: the meetings it was invited to, with its reply and attendance; the customer's own scope applies. */
export async function customerMeetings(deps: MeetingDeps, customerId: string, principal: Principal, page: { limit: number; cursor?: string }): Promise<{ items: Invitation[]; nextCursor: string | null }> {
  const customer = await getCustomer(deps, customerId, principal);
  return deps.meetings.invitationsOf(customer.id, page);
}
