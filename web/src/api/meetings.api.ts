import type {
  FeedbackServiceRequestInput,
  Invitation,
  InvitationAdd,
  InvitationUpdate,
  Meeting,
  MeetingCreate,
  MeetingFeedbackInput,
  MeetingView,
} from '#shared/schemas/meeting.schema';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { api, apiRequest, type ApiAnswer, type ApiArgs } from './api-client';

export type { Invitation, Meeting, MeetingView };

/** A list row: a unit user gets id, topic and start only. */
export type MeetingRow = Pick<Meeting, 'id' | 'topic' | 'startsAt'> & Partial<Pick<Meeting, 'kind' | 'place' | 'status' | 'hosts'>>;

const meetingPath = (id: string) => `/meetings/${encodeURIComponent(id)}`;

export async function listMeetings(cursor?: string): Promise<{ items: MeetingRow[]; nextCursor: string | null }> {
  return (await apiRequest<{ items: MeetingRow[]; nextCursor: string | null }>('GET', '/meetings', { query: { cursor, limit: 50 } })).data;
}

export async function getMeeting(id: string): Promise<MeetingView> {
  return (await apiRequest<MeetingView>('GET', meetingPath(id))).data;
}

export async function planMeeting(input: MeetingCreate): Promise<Meeting> {
  return (await apiRequest<Meeting>('POST', '/meetings', { body: input })).data;
}

export async function inviteCustomers(id: string, input: InvitationAdd): Promise<{ invited: number; alreadyInvited: number }> {
  return (await apiRequest<{ invited: number; alreadyInvited: number }>('POST', `${meetingPath(id)}/invitations`, { body: input })).data;
}

export async function updateInvitation(id: string, customerId: string, input: InvitationUpdate): Promise<Invitation> {
  return (await apiRequest<Invitation>('PUT', `${meetingPath(id)}/invitations/${encodeURIComponent(customerId)}`, { body: input })).data;
}

export async function writeMinutes(id: string, text: string): Promise<Meeting> {
  return (await apiRequest<Meeting>('PUT', `${meetingPath(id)}/minutes`, { body: { text } })).data;
}

export async function cancelMeeting(id: string, reason: string): Promise<Meeting> {
  return (await apiRequest<Meeting>('POST', `${meetingPath(id)}/cancel`, { body: { reason } })).data;
}

export async function addFeedback(id: string, input: MeetingFeedbackInput): Promise<Meeting> {
  return (await apiRequest<Meeting>('POST', `${meetingPath(id)}/feedback`, { body: input })).data;
}

export async function feedbackToServiceRequest(id: string, feedbackId: string, input: FeedbackServiceRequestInput): Promise<{ meeting: Meeting; serviceRequest: ServiceRequest }> {
  return (await apiRequest<{ meeting: Meeting; serviceRequest: ServiceRequest }>('POST', `${meetingPath(id)}/feedback/${encodeURIComponent(feedbackId)}/service-request`, { body: input })).data;
}

export async function feedbackToRevisit(id: string, feedbackId: string, input: RevisitCreate): Promise<{ meeting: Meeting; revisit: Revisit }> {
  return (await apiRequest<{ meeting: Meeting; revisit: Revisit }>('POST', `${meetingPath(id)}/feedback/${encodeURIComponent(feedbackId)}/revisit`, { body: input })).data;
}

// The answers' types come from the routes' contracts (shared/contracts/meetings.contract.ts).
export type MeetingChange = ApiAnswer<'GET /meetings/{meetingId}/history'>['items'][number];

/** Changes a planned meeting's plan at the version the caller saw (412 when someone changed it since). */
export async function changeMeetingPlan(meetingId: string, version: number, body: NonNullable<ApiArgs<'PATCH /meetings/{meetingId}'>['body']>): Promise<Meeting> {
  const { data } = await api('PATCH /meetings/{meetingId}', { params: { meetingId }, body, headers: { 'If-Match': `"${version}"` } });
  return data;
}

export async function meetingHistory(meetingId: string): Promise<MeetingChange[]> {
  const { data } = await api('GET /meetings/{meetingId}/history', { params: { meetingId } });
  return data.items;
}

export async function customerMeetings(customerId: string, cursor?: string): Promise<{ items: Invitation[]; nextCursor: string | null }> {
  return (await apiRequest<{ items: Invitation[]; nextCursor: string | null }>('GET', `/customers/${encodeURIComponent(customerId)}/meetings`, { query: { cursor, limit: 20 } })).data;
}
