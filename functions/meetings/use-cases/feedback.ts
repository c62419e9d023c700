import { checkConvert, checkFeedback } from '#shared/meetings/meeting-rules';
import { feedbackOpinionId, opinionFromFeedback } from '#shared/opinions/opinion-rules';
import type { Lang } from '#shared/messages';
import type { FeedbackServiceRequestInput, Meeting, MeetingFeedbackInput } from '#shared/schemas/meeting.schema';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { RevisitDeps } from '../../revisits/deps';
import { recordRevisit } from '../../revisits/use-cases/record-revisit';
import type { ServiceDeps } from '../../service/deps';
import { receiveRequest } from '../../service/use-cases/receive-request';
import type { MeetingDeps } from '../deps';
import { readMeeting } from './read-meetings';
import { refusalError } from './refusal';

export interface FeedbackDeps extends MeetingDeps {
  service: ServiceDeps;
  revisits: RevisitDeps;
}

const person = (p: Principal) => ({ id: p.id, name: p.name });
/** Refusals a unit user meets on another unit's invitee read as "not found" (R1: out of scope). */
const scoped = (r: Parameters<typeof refusalError>[0]) => (r.kind === 'forbidden' ? notFound() : refusalError(r));

/**
 * Records what an invited customer raised at the meeting, in its words (第三条〔八〕), by Sales or the
 * customer's unit, once the meeting has started. Each item gets an id a request or a revisit will name,
 * and lands in the opinions register in the same transaction (第三条〔四〕).
 */
export async function addFeedback(deps: MeetingDeps, meetingId: string, input: MeetingFeedbackInput, principal: Principal): Promise<Meeting> {
  const before = await readMeeting(deps, meetingId, principal);
  const invitation = await deps.meetings.invitation(before.id, input.customerId);
  const now = deps.now();
  const checked = checkFeedback(before, invitation, principal, now);
  if (!checked.ok) throw scoped(checked);
  const at = now.toISOString();
  const after: Meeting = {
    ...before,
    feedback: [
      ...before.feedback,
      {
        id: `${before.id}-${before.feedback.length + 1}`,
        customerId: invitation!.customerId,
        customerName: invitation!.customerName,
        unitId: invitation!.unitId,
        text: input.text,
        ...(input.raisedBy ? { raisedBy: input.raisedBy } : {}),
        recordedBy: person(principal),
        recordedAt: at,
      },
    ],
    updatedAt: at,
    version: before.version + 1,
  };
  await deps.meetings.save(before, after, [deps.opinions.register(opinionFromFeedback(after, after.feedback.at(-1)!))]);
  return after;
}

const statementOf = (text: string, note: string | undefined) => (note ? `${text}\n\n${note}` : text);

function feedbackOf(meeting: Meeting, feedbackId: string, principal: Principal) {
  const checked = checkConvert(meeting, feedbackId, principal);
  if (!checked.ok) {
    if (checked.code === 'meeting.feedbackConverted') {
      const item = meeting.feedback.find((f) => f.id === feedbackId)!;
      throw new DomainError('conflict', 'meeting.feedbackConverted', { params: { requestId: item.serviceRequestId ?? item.revisitId ?? '—' } });
    }
    throw scoped(checked);
  }
  const index = meeting.feedback.findIndex((f) => f.id === feedbackId);
  return { item: meeting.feedback[index]!, index };
}

/**
 * A meeting's feedback becomes a service request in one step, linked both ways (第三条〔八〕 → R7):
 * 1. the feedback must be one the caller may work on (Sales, or the customer's unit), not turned yet;
 * 2. the request is received through the service use case — channel `meeting`, the caller its
 *    first-inquiry owner, the statement the feedback's words (the caller's note below them) — naming the
 *    meeting and item; in the same transaction the item is marked with the request, on condition it is
 *    still unturned, so two clicks give one request and one refusal.
 */
export async function feedbackToServiceRequest(
  deps: FeedbackDeps,
  meetingId: string,
  feedbackId: string,
  input: FeedbackServiceRequestInput,
  principal: Principal,
): Promise<{ meeting: Meeting; serviceRequest: ServiceRequest }> {
  const meeting = await readMeeting(deps, meetingId, principal);
  const { item, index } = feedbackOf(meeting, feedbackId, principal);
  const at = deps.now().toISOString();
  try {
    const serviceRequest = await receiveRequest(
      deps.service,
      { customerId: item.customerId, kind: input.kind, channel: 'meeting', contact: input.contact, statement: statementOf(item.text, input.note) },
      principal,
      undefined,
      undefined,
      { meetingId: meeting.id, feedbackId: item.id, linkItem: (requestId) => [
          deps.meetings.linkFeedback(meeting, index, { serviceRequestId: requestId }, person(principal), at),
          deps.opinions.linkRequest(feedbackOpinionId(item.id), requestId),
        ],
      },
    );
    return { meeting: linked(meeting, index, { serviceRequestId: serviceRequest.id }, principal, at), serviceRequest };
  } catch (error) {
    if (error instanceof DomainError && (error.kind === 'conflict' || error.kind === 'precondition_failed')) throw new DomainError('conflict', 'meeting.feedbackConverted');
    throw error;
  }
}

/**
 * A meeting's feedback is carried out as a revisit (第三条〔八〕 → R6): the revisit is recorded through the
 * revisit use case (customer in scope, not in the future), naming the meeting and item it came from, and the
 * item marked with it in the same transaction: linked both ways or not at all.
 */
export async function feedbackToRevisit(
  deps: FeedbackDeps,
  meetingId: string,
  feedbackId: string,
  input: RevisitCreate,
  principal: Principal,
  lang: Lang,
): Promise<{ meeting: Meeting; revisit: Revisit }> {
  const meeting = await readMeeting(deps, meetingId, principal);
  const { item, index } = feedbackOf(meeting, feedbackId, principal);
  const at = deps.now().toISOString();
  try {
    const revisit = await recordRevisit(
      deps.revisits,
      item.customerId,
      input,
      principal,
      lang,
      (r) => [deps.meetings.linkFeedback(meeting, index, { revisitId: r.id }, person(principal), at)],
      { meetingFeedback: { meetingId: meeting.id, feedbackId: item.id } },
    );
    return { meeting: linked(meeting, index, { revisitId: revisit.id }, principal, at), revisit };
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'conflict') throw new DomainError('conflict', 'meeting.feedbackConverted');
    throw error;
  }
}

function linked(meeting: Meeting, index: number, link: { serviceRequestId?: string; revisitId?: string }, principal: Principal, at: string): Meeting {
  return {
    ...meeting,
    feedback: meeting.feedback.map((f, i) => (i === index ? { ...f, ...link, convertedAt: at, convertedBy: person(principal) } : f)),
    updatedAt: at,
    version: meeting.version + 1,
  };
}
