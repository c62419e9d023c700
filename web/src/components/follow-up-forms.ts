import type { revisitChannels, visitorRanks } from '#shared/revisits/rules';
import type { RequestKind } from '#shared/schemas/service-request.schema';
import { shanghaiInstant, shanghaiWallClock } from '#shared/shanghai-time';

/**
 * The forms of the two follow-up dialogs (FollowUpRequestDialog, FollowUpRevisitDialog): something a customer
 * raised at a visit, a revisit or a meeting becomes a service request or a revisit. Bodies are checked with
 * the shared zod schemas before sending, so a blank required field is left out for the schema to name.
 */

export interface RequestForm {
  kind: RequestKind | '';
  contactName: string;
  contactPhone: string;
  /** Added below the customer's own words, which become the request's statement as recorded. */
  note: string;
}

/** The request form opens with the contact the source names (a visitor, who raised it), if any; the kind must be chosen. */
export function requestFormFor(contactName = ''): RequestForm {
  return { kind: '', contactName, contactPhone: '', note: '' };
}

export function requestBody(form: RequestForm) {
  return {
    kind: form.kind || undefined,
    contact: { name: form.contactName, ...(form.contactPhone.trim() ? { phone: form.contactPhone.trim() } : {}) },
    ...(form.note.trim() ? { note: form.note.trim() } : {}),
  };
}

export interface RevisitForm {
  visitedAt: string;
  channel: (typeof revisitChannels)[number];
  visitorName: string;
  visitorRank: (typeof visitorRanks)[number];
  visitorStaffId: string;
  opinions: string;
  plansAndNeeds: string;
  satisfaction: number;
}

/** The revisit form opens with the viewer as the one who went, by phone, now, and the customer's words as its opinions. */
export function revisitFormFor(viewer: { username: string; name: string }, now: Date, opinions = ''): RevisitForm {
  return {
    visitedAt: shanghaiWallClock(now),
    channel: 'phone',
    visitorName: viewer.name,
    visitorRank: 'salesperson',
    visitorStaffId: viewer.username,
    opinions,
    plansAndNeeds: '',
    satisfaction: 4,
  };
}

export function revisitBody(form: RevisitForm) {
  return {
    visitedAt: shanghaiInstant(form.visitedAt),
    channel: form.channel,
    visitors: [{ name: form.visitorName, rank: form.visitorRank, ...(form.visitorStaffId ? { staffId: form.visitorStaffId } : {}) }],
    opinions: form.opinions,
    plansAndNeeds: form.plansAndNeeds,
    satisfaction: form.satisfaction,
  };
}
