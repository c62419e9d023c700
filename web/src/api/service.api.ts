import type { RequestKind, RequestStatus, ServiceAction, ServiceEvent, ServiceRequest, ServiceRequestCreate } from '#shared/schemas/service-request.schema';
import { apiRequest } from './api-client';

export type ServiceView = 'mine' | 'handling' | 'department' | 'complaints' | 'finance' | 'all';
export type ListedRequest = ServiceRequest & { overdue: boolean };
export type RequestDetail = ListedRequest & { timeline: ServiceEvent[] };

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

export interface ServiceStats {
  total: number;
  truncated?: boolean;
  byKind: Record<string, number>;
  byStatus: Record<string, number>;
  byDepartment: Record<string, number>;
  openByAge: Record<string, number>;
  overdue: number;
  averageSatisfaction: number | null;
}

const base = '/service-requests';

export async function listServiceRequests(params: ServiceListParams): Promise<{ items: ListedRequest[]; nextCursor: string | null }> {
  const { overdue, open, ...rest } = params;
  const { data } = await apiRequest<{ items: ListedRequest[]; nextCursor: string | null }>('GET', base, {
    query: { ...rest, overdue: overdue ? 'true' : undefined, open: open ? 'true' : undefined },
  });
  return data;
}

export async function receiveServiceRequest(input: ServiceRequestCreate): Promise<ServiceRequest> {
  const { data } = await apiRequest<ServiceRequest>('POST', base, { body: input });
  return data;
}

/** The request with its timeline; the ETag is the version the caller saw, sent back with each action. */
export async function getServiceRequest(id: string): Promise<{ request: RequestDetail; etag: string | null }> {
  const { data, headers } = await apiRequest<RequestDetail>('GET', `${base}/${encodeURIComponent(id)}`);
  return { request: data, etag: headers.get('etag') };
}

/** 412 when someone moved it since `etag` was read; 400 with `fields`, 403, or 409 when the move is refused. */
export async function actOnServiceRequest(id: string, action: ServiceAction, etag?: string | null): Promise<ServiceRequest> {
  const { data } = await apiRequest<ServiceRequest>('POST', `${base}/${encodeURIComponent(id)}/actions`, {
    body: action,
    headers: etag ? { 'If-Match': etag } : {},
  });
  return data;
}

export async function serviceStats(): Promise<ServiceStats> {
  const { data } = await apiRequest<ServiceStats>('GET', `${base}/stats`);
  return data;
}
