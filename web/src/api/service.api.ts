import type { RequestKind, RequestStatus, ServiceAction, ServiceRequest, ServiceRequestCreate } from '#shared/schemas/service-request.schema';
import { api, type ApiAnswer } from './api-client';

export type ServiceView = 'mine' | 'handling' | 'department' | 'complaints' | 'finance' | 'all';
// The answers' types come from the routes' contracts (shared/contracts/service.contract.ts).
export type ListedRequest = ApiAnswer<'GET /service-requests'>['items'][number];
export type RequestDetail = ApiAnswer<'GET /service-requests/{requestId}'>;

export interface ServiceListParams {
  view: ServiceView;
  kind?: RequestKind;
  status?: RequestStatus;
  department?: string;
  overdue?: boolean;
  open?: boolean;
  cursor?: string;
  limit?: number;
}

export type ServiceStats = ApiAnswer<'GET /service-requests/stats'>;

export async function listServiceRequests(params: ServiceListParams): Promise<{ items: ListedRequest[]; nextCursor: string | null }> {
  const { overdue, open, ...rest } = params;
  const { data } = await api('GET /service-requests', {
    query: { ...rest, overdue: overdue ? 'true' : undefined, open: open ? 'true' : undefined },
  });
  return data;
}

export async function receiveServiceRequest(input: ServiceRequestCreate): Promise<ServiceRequest> {
  const { data } = await api('POST /service-requests', { body: input });
  return data;
}

/** The request with its timeline; the ETag is the version the caller saw, sent back with each action. */
export async function getServiceRequest(id: string): Promise<{ request: RequestDetail; etag: string | null }> {
  const { data, headers } = await api('GET /service-requests/{requestId}', { params: { requestId: id } });
  return { request: data, etag: headers.get('etag') };
}

/** 412 when someone moved it since `etag` was read; 400 with `fields`, 403, or 409 when the move is refused. */
export async function actOnServiceRequest(id: string, action: ServiceAction, etag?: string | null): Promise<ServiceRequest> {
  const { data } = await api('POST /service-requests/{requestId}/actions', {
    params: { requestId: id },
    body: action,
    headers: etag ? { 'If-Match': etag } : {},
  });
  return data;
}

export async function serviceStats(): Promise<ServiceStats> {
  const { data } = await api('GET /service-requests/stats');
  return data;
}
