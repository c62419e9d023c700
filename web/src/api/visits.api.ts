import type { RevisitCreate } from '#shared/schemas/revisit.schema';
import type { FollowUpServiceRequestInput, UnitStepsInput, VisitDecision, VisitRecordInput, VisitRegisterInput } from '#shared/schemas/visit.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/visits.contract.ts).
/** A visit with each step's overdue flag worked out on reading (shared/reception/visit-view.ts). */
type VisitView = ApiAnswer<'GET /visits/{visitId}'>;
/** A visit as a change answers it: the record, without the flags worked out on reading. */
type Visit = ApiAnswer<'POST /visits'>;

/** Visits on the calendar between two Shanghai dates (a unit user always gets their unit's). */
export async function listVisits(from: string, to: string, unitId?: string): Promise<ApiAnswer<'GET /visits'>> {
  return (await api('GET /visits', { query: { from, to, unitId } })).data;
}

/** The open reception steps the caller's role (in their unit) owns, soonest due first. */
export async function listMySteps(cursor?: string): Promise<ApiAnswer<'GET /visit-steps'>> {
  return (await api('GET /visit-steps', { query: { cursor, limit: 50 } })).data;
}

/** Plans waiting for leadership's decision, soonest arrival first. */
export async function listAwaitingApproval(cursor?: string): Promise<ApiAnswer<'GET /visit-approvals'>> {
  return (await api('GET /visit-approvals', { query: { cursor, limit: 50 } })).data;
}

/** The visit with its ETag (the version), which the unit's step edit sends back. */
export async function getVisit(visitId: string): Promise<{ visit: VisitView; etag: string | null }> {
  const { data, headers } = await api('GET /visits/{visitId}', { params: { visitId } });
  return { visit: data, etag: headers.get('etag') };
}

export async function registerVisit(input: VisitRegisterInput): Promise<Visit> {
  return (await api('POST /visits', { body: input })).data;
}

export async function decideVisit(visitId: string, input: VisitDecision): Promise<Visit> {
  return (await api('POST /visits/{visitId}/approval', { params: { visitId }, body: input })).data;
}

export async function resubmitVisit(visitId: string, planNotes: string): Promise<Visit> {
  return (await api('POST /visits/{visitId}/resubmit', { params: { visitId }, body: planNotes.trim() ? { planNotes } : {} })).data;
}

export async function tickVisitStep(visitId: string, stepId: string, note: string): Promise<Visit> {
  return (await api('POST /visits/{visitId}/steps/{stepId}/done', { params: { visitId, stepId }, body: { note } })).data;
}

/** 412 when the checklist changed since `etag` was read. */
export async function editVisitSteps(visitId: string, input: UnitStepsInput, etag: string | null): Promise<Visit> {
  return (await api('PUT /visits/{visitId}/steps', { params: { visitId }, body: input, headers: etag ? { 'If-Match': etag } : {} })).data;
}

export async function recordVisit(visitId: string, input: VisitRecordInput): Promise<Visit> {
  return (await api('POST /visits/{visitId}/record', { params: { visitId }, body: input })).data;
}

export async function cancelVisit(visitId: string, reason: string): Promise<Visit> {
  return (await api('POST /visits/{visitId}/cancel', { params: { visitId }, body: { reason } })).data;
}

export async function customerVisits(customerId: string, cursor?: string): Promise<ApiAnswer<'GET /customers/{customerId}/visits'>> {
  return (await api('GET /customers/{customerId}/visits', { params: { customerId }, query: { cursor, limit: 20 } })).data;
}

export async function followUpToServiceRequest(visitId: string, followUpId: string, input: FollowUpServiceRequestInput): Promise<ApiAnswer<'POST /visits/{visitId}/follow-ups/{followUpId}/service-request'>> {
  return (await api('POST /visits/{visitId}/follow-ups/{followUpId}/service-request', { params: { visitId, followUpId }, body: input })).data;
}

export async function followUpToRevisit(visitId: string, followUpId: string, input: RevisitCreate): Promise<ApiAnswer<'POST /visits/{visitId}/follow-ups/{followUpId}/revisit'>> {
  return (await api('POST /visits/{visitId}/follow-ups/{followUpId}/revisit', { params: { visitId, followUpId }, body: input })).data;
}
