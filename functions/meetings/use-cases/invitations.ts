import { applyInvitationUpdate, checkInvite, selectInvitees, type Candidate } from '#shared/meetings/meeting-rules';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Invitation, InvitationAdd, InvitationUpdate } from '#shared/schemas/meeting.schema';
import { DomainError, notFound } from '#core/errors';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import { forEachLimited } from '#core/concurrency';
import type { MeetingDeps } from '../deps';
import { readMeeting } from './read-meetings';
import { refusalError } from './refusal';

/** The invitees' contacts default to the customer's primary contact (or its first), with their titles. */
const defaultContacts = (c: Customer) => {
  const primary = c.contacts.find((x) => x.primary) ?? c.contacts[0];
  return primary ? [{ name: primary.name, ...(primary.title ? { title: primary.title } : {}) }] : [];
};

/**
 * Customers matching a filter, read through the narrowest index it allows (a unit's partition, else a
 * tier's), never a Scan; the kind is a filter within it.
 */
async function matching(deps: MeetingDeps, filter: NonNullable<InvitationAdd['filter']>): Promise<Customer[]> {
  const partition = filter.unitId
    ? keys.customerPartitions.unit(filter.unitId)
    : filter.tier
      ? keys.customerPartitions.tier(filter.tier)
      : keys.customerPartitions.all();
  const out: Customer[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.customers.list(partition, { ...(filter.tier ? { tier: filter.tier } : {}), ...(filter.unitId ? { unitId: filter.unitId } : {}) }, { limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && out.length < 2000);
  return out;
}

/**
 * Invites customers from the archive (第三条〔八〕): named ones and/or every live customer matching a unit,
 * tier or kind; each with its primary contact as the one who should come (changed per invitation later).
 * Customers already invited are left as they were. Named customers that do not exist are a 400.
 */
export async function inviteCustomers(deps: MeetingDeps, meetingId: string, input: InvitationAdd, principal: Principal) {
  const meeting = await readMeeting(deps, meetingId, principal);
  const existing = await deps.meetings.invitations(meeting.id);
  const named = [...new Set(input.customerIds ?? [])];
  const namedCustomers = await Promise.all(named.map((id) => deps.customers.get(id)));
  if (namedCustomers.some((c) => !c || c.deletedAt)) throw notFound();
  const candidates: (Customer & Candidate)[] = [...(namedCustomers as Customer[]), ...(input.filter ? await matching(deps, input.filter) : [])];
  const { invite, alreadyInvited } = selectInvitees(candidates, input.filter, named, new Set(existing.map((i) => i.customerId)));
  const checked = checkInvite(meeting, principal, existing.length, invite.length);
  if (!checked.ok) throw refusalError(checked);
  if (invite.length === 0 && alreadyInvited === 0) throw new DomainError('invalid', 'meeting.noneMatched');
  const at = deps.now().toISOString();
  const added: Invitation[] = [];
  await forEachLimited(invite, 8, async (c) => {
    const invitation: Invitation = {
      meetingId: meeting.id,
      topic: meeting.topic,
      startsAt: meeting.startsAt,
      customerId: c.id,
      customerName: c.name,
      unitId: c.unitId,
      tier: c.tier,
      contacts: defaultContacts(c),
      reply: 'pending',
      attendees: [],
      invitedBy: { id: principal.id, name: principal.name },
      invitedAt: at,
      updatedAt: at,
      version: 1,
    };
    if (await deps.meetings.invite(invitation)) added.push(invitation);
  });
  return { invited: added.length, alreadyInvited };
}

/** Records who should come, the customer's reply, or (once the meeting started) its attendance. */
export async function updateInvitation(deps: MeetingDeps, meetingId: string, customerId: string, change: InvitationUpdate, principal: Principal): Promise<Invitation> {
  const meeting = await readMeeting(deps, meetingId, principal);
  const before = await deps.meetings.invitation(meeting.id, customerId);
  if (!before) throw notFound();
  const out = applyInvitationUpdate(meeting, before, change, principal, deps.now());
  if (!out.ok) throw out.kind === 'forbidden' ? notFound() : refusalError(out);
  await deps.meetings.replaceInvitation(before, out.invitation);
  return out.invitation;
}
