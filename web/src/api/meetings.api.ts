import type { FeedbackServiceRequestInput, InvitationAdd, InvitationUpdate, MeetingCreate, MeetingFeedbackInput } from '#shared/schemas/meeting.schema';
import type { RevisitCreate } from '#shared/schemas/revisit.schema';
import { api, type ApiAnswer, type ApiArgs } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/meetings.contract.ts).
/** A list row: a unit user gets id, topic and start only. */
export type MeetingRow = ApiAnswer<'GET /meetings'>['items'][number];
export type Invitation = ApiAnswer<'PUT /meetings/{meetingId}/invitations/{customerId}'>;
export type MeetingChange = ApiAnswer<'GET /meetings/{meetingId}/history'>['items'][number];
type Meeting = ApiAnswer<'POST /meetings'>;

export async function listMeetings(cursor?: string): Promise<ApiAnswer<'GET /meetings'>> {
  return (await api('GET /meetings', { query: { cursor, limit: 50 } })).data;
}

export async function getMeeting(meetingId: string): Promise<ApiAnswer<'GET /meetings/{meetingId}'>> {
  return (await api('GET /meetings/{meetingId}', { params: { meetingId } })).data;
}

export async function planMeeting(input: MeetingCreate): Promise<Meeting> {
  return (await api('POST /meetings', { body: input })).data;
}

export async function inviteCustomers(meetingId: string, input: InvitationAdd): Promise<ApiAnswer<'POST /meetings/{meetingId}/invitations'>> {
  return (await api('POST /meetings/{meetingId}/invitations', { params: { meetingId }, body: input })).data;
}

export async function updateInvitation(meetingId: string, customerId: string, input: InvitationUpdate): Promise<Invitation> {
  return (await api('PUT /meetings/{meetingId}/invitations/{customerId}', { params: { meetingId, customerId }, body: input })).data;
}

export async function writeMinutes(meetingId: string, text: string): Promise<Meeting> {
  return (await api('PUT /meetings/{meetingId}/minutes', { params: { meetingId }, body: { text } })).data;
}

export async function cancelMeeting(meetingId: string, reason: string): Promise<Meeting> {
  return (await api('POST /meetings/{meetingId}/cancel', { params: { meetingId }, body: { reason } })).data;
}

export async function addFeedback(meetingId: string, input: MeetingFeedbackInput): Promise<Meeting> {
  return (await api('POST /meetings/{meetingId}/feedback', { params: { meetingId }, body: input })).data;
}

export async function feedbackToServiceRequest(
  meetingId: string,
  feedbackId: string,
  input: FeedbackServiceRequestInput,
): Promise<ApiAnswer<'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request'>> {
  return (await api('POST /meetings/{meetingId}/feedback/{feedbackId}/service-request', { params: { meetingId, feedbackId }, body: input })).data;
}

export async function feedbackToRevisit(meetingId: string, feedbackId: string, input: RevisitCreate): Promise<ApiAnswer<'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit'>> {
  return (await api('POST /meetings/{meetingId}/feedback/{feedbackId}/revisit', { params: { meetingId, feedbackId }, body: input })).data;
}

/** Changes a planned meeting's plan at the version the caller saw (412 when someone changed it since). */
export async function changeMeetingPlan(meetingId: string, version: number, body: NonNullable<ApiArgs<'PATCH /meetings/{meetingId}'>['body']>): Promise<Meeting> {
  const { data } = await api('PATCH /meetings/{meetingId}', { params: { meetingId }, body, headers: { 'If-Match': `"${version}"` } });
  return data;
}

export async function meetingHistory(meetingId: string): Promise<MeetingChange[]> {
  const { data } = await api('GET /meetings/{meetingId}/history', { params: { meetingId } });
  return data.items;
}

export async function customerMeetings(customerId: string, cursor?: string): Promise<ApiAnswer<'GET /customers/{customerId}/meetings'>> {
  return (await api('GET /customers/{customerId}/meetings', { params: { customerId }, query: { cursor, limit: 20 } })).data;
}
