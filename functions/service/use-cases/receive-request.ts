import { opinionFromRequest } from '#shared/opinions/opinion-rules';
import { departmentOf } from '#shared/service/departments';
import type { ServiceEvent, ServiceRequest, ServiceRequestCreate } from '#shared/schemas/service-request.schema';
import type { Principal } from '#core/principal';
import type { LinkedWrite } from '#core/repositories/service-request.repository';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { ServiceDeps } from '../deps';
import { requestNotices } from '../notices';

/** A request raised from a revisit's follow-up item (R6 → R7): the item's ids, and the item's update for the same transaction. */
export interface RevisitOrigin {
  revisitId: string;
  revisitItemId: string;
  linkItem: (requestId: string) => LinkedWrite;
}

/** A request raised from a meeting's feedback (第三条〔八〕 → R7): the feedback's ids, and its update for the same transaction. */
export interface MeetingOrigin {
  meetingId: string;
  feedbackId: string;
  /** The feedback item's update and its opinion's link to the request. */
  linkItem: (requestId: string) => LinkedWrite[];
}

/**
 * Records a request as the customer put it (R7):
 * 1. the customer must be one the receiver can see;
 * 2. the receiver becomes its first-inquiry owner (首问责任人) and first handler, whatever their department;
 * 3. a complaint received outside the General Office is forwarded to it for tracking, and the office told;
 * 4. one raised from a revisit's follow-up item names it, and the item is marked with the request in the
 *    same transaction, so the two are linked both ways or not at all (so is a meeting's feedback);
 * 5. an inquiry (咨询) lands in the opinions register in the same transaction (第三条〔四〕).
 */
export async function receiveRequest(
  deps: ServiceDeps,
  input: ServiceRequestCreate,
  principal: Principal,
  /** Set by the server only (never from a request body): the visit follow-up the request comes from. */
  origin?: ServiceRequest['visitFollowUp'],
  /** Set by the revisit route only: the revisit follow-up item the request comes from. */
  revisit?: RevisitOrigin,
  /** Set by the meeting route only: the meeting feedback the request comes from, marked in the same transaction. */
  meeting?: MeetingOrigin,
): Promise<ServiceRequest> {
  const customer = await getCustomer(deps, input.customerId, principal);
  const at = deps.now().toISOString();
  const department = departmentOf(principal);
  const complaint = input.kind === 'complaint';
  const request: ServiceRequest = {
    id: deps.newId(),
    customerId: customer.id,
    customerName: customer.name,
    unitId: customer.unitId,
    kind: input.kind,
    channel: input.channel,
    contact: input.contact,
    statement: input.statement,
    receivedBy: { id: principal.id, name: principal.name, department },
    firstOwnerId: principal.id,
    handler: { personId: principal.id, department },
    status: 'received',
    officeTracking: complaint,
    ...(revisit ? { revisitId: revisit.revisitId, revisitItemId: revisit.revisitItemId } : {}),
    ...(origin ? { visitFollowUp: origin } : {}),
    ...(meeting ? { meetingFeedback: { meetingId: meeting.meetingId, feedbackId: meeting.feedbackId } } : {}),
    createdAt: at,
    updatedAt: at,
    version: 1,
  };
  const forwarded = complaint && principal.role !== 'office';
  const event: ServiceEvent = {
    at,
    by: principal.id,
    byName: principal.name,
    action: 'receive',
    details: {
      channel: input.channel,
      ...(forwarded ? { forwardedToOffice: true } : {}),
      ...(revisit ? { revisitId: revisit.revisitId, revisitItemId: revisit.revisitItemId } : {}),
      ...(meeting ? { meetingId: meeting.meetingId, feedbackId: meeting.feedbackId } : {}),
    },
  };
  const office = forwarded ? (await deps.staff.list()).filter((s) => s.role === 'office').map((s) => s.id) : [];
  const notices = requestNotices(request, office, {
    key: 'forwarded',
    at,
    zh: `${principal.name}受理了一项投诉，已转综合办公室跟踪。`,
    en: `${principal.name} received a complaint; it is forwarded to the General Office for tracking.`,
  });
  const opinion = opinionFromRequest(request);
  const linked = [
    ...(revisit ? [revisit.linkItem(request.id)] : []),
    ...(meeting ? meeting.linkItem(request.id) : []),
    ...(opinion ? [deps.opinions.register(opinion)] : []),
  ];
  await deps.requests.save(undefined, request, event, notices, linked);
  return request;
}
