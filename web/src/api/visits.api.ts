import type { VisitView } from '#shared/reception/visit-view';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import type {
  FollowUpServiceRequestInput,
  MyStep,
  UnitStepsInput,
  VisitDecision,
  VisitRecordInput,
  VisitRegisterInput,
} from '#shared/schemas/visit.schema';
import { apiRequest } from './api-client';

export type { VisitView };

const visitPath = (id: string) => `/visits/${encodeURIComponent(id)}`;

/** Visits on the calendar between two Shanghai dates (a unit user always gets their unit's). */
export async function listVisits(from: string, to: string, unitId?: string): Promise<{ items: VisitView[]; truncated: boolean }> {
  const { data } = await apiRequest<{ items: VisitView[]; truncated: boolean }>('GET', '/visits', { query: { from, to, unitId } });
  return data;
}

/** The open reception steps the caller's role (in their unit) owns, soonest due first. */
export async function listMySteps(cursor?: string): Promise<{ items: (MyStep & { overdue: boolean })[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: (MyStep & { overdue: boolean })[]; nextCursor: string | null }>('GET', '/visit-steps', { query: { cursor, limit: 50 } });
  return data;
}

/** Plans waiting for leadership's decision, soonest arrival first. */
export async function listAwaitingApproval(cursor?: string): Promise<{ items: VisitView[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: VisitView[]; nextCursor: string | null }>('GET', '/visit-approvals', { query: { cursor, limit: 50 } });
  return data;
}

/** The visit with its ETag (the version), which the unit's step edit sends back. */
export async function getVisit(id: string): Promise<{ visit: VisitView; etag: string | null }> {
  const { data, headers } = await apiRequest<VisitView>('GET', visitPath(id));
  return { visit: data, etag: headers.get('etag') };
}

export async function registerVisit(input: VisitRegisterInput): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', '/visits', { body: input })).data;
}

export async function decideVisit(id: string, input: VisitDecision): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', `${visitPath(id)}/approval`, { body: input })).data;
}

export async function resubmitVisit(id: string, planNotes: string): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', `${visitPath(id)}/resubmit`, { body: planNotes.trim() ? { planNotes } : {} })).data;
}

export async function tickVisitStep(id: string, stepId: string, note: string): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', `${visitPath(id)}/steps/${encodeURIComponent(stepId)}/done`, { body: { note } })).data;
}

/** 412 when the checklist changed since `etag` was read. */
export async function editVisitSteps(id: string, input: UnitStepsInput, etag: string | null): Promise<VisitView> {
  return (await apiRequest<VisitView>('PUT', `${visitPath(id)}/steps`, { body: input, headers: etag ? { 'If-Match': etag } : {} })).data;
}

export async function recordVisit(id: string, input: VisitRecordInput): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', `${visitPath(id)}/record`, { body: input })).data;
}

export async function cancelVisit(id: string, reason: string): Promise<VisitView> {
  return (await apiRequest<VisitView>('POST', `${visitPath(id)}/cancel`, { body: { reason } })).data;
}

export async function customerVisits(customerId: string, cursor?: string): Promise<{ items: VisitView[]; nextCursor: string | null }> {
  const { data } = await apiRequest<{ items: VisitView[]; nextCursor: string | null }>('GET', `/customers/${encodeURIComponent(customerId)}/visits`, {
    query: { cursor, limit: 20 },
  });
  return data;
}

export async function followUpToServiceRequest(visitId: string, followUpId: string, input: FollowUpServiceRequestInput): Promise<{ visit: VisitView; serviceRequest: ServiceRequest }> {
  const path = `${visitPath(visitId)}/follow-ups/${encodeURIComponent(followUpId)}/service-request`;
  return (await apiRequest<{ visit: VisitView; serviceRequest: ServiceRequest }>('POST', path, { body: input })).data;
}

export async function followUpToRevisit(visitId: string, followUpId: string, input: RevisitCreate): Promise<{ visit: VisitView; revisit: Revisit }> {
  const path = `${visitPath(visitId)}/follow-ups/${encodeURIComponent(followUpId)}/revisit`;
  return (await apiRequest<{ visit: VisitView; revisit: Revisit }>('POST', path, { body: input })).data;
}
