import type { TargetInput, TargetKind } from '#shared/schemas/sales-target.schema';
import { api, type ApiAnswer } from './api-client';

// The answers' types come from the routes' contracts (shared/contracts/sales-targets.contract.ts).
export type TargetList = ApiAnswer<'GET /sales-targets'>;
export type ListedTarget = TargetList['items'][number];
export type TargetDetail = ApiAnswer<'GET /sales-targets/{year}/{kind}/{subjectId}'>;

export async function listTargets(year: number): Promise<TargetList> {
  return (await api('GET /sales-targets', { query: { year } })).data;
}

const paramsOf = (year: number, kind: TargetKind, subjectId: string) => ({ year: String(year), kind, subjectId });

/** A unit's or salesperson's year: target, changes and progress; the ETag is the version to send back when setting it. */
export async function getTarget(year: number, kind: TargetKind, subjectId: string): Promise<{ detail: TargetDetail; etag: string | null }> {
  const { data, headers } = await api('GET /sales-targets/{year}/{kind}/{subjectId}', { params: paramsOf(year, kind, subjectId) });
  return { detail: data, etag: headers.get('etag') };
}

/** 412 when someone changed it since `etag` was read. */
export async function setTarget(year: number, kind: TargetKind, subjectId: string, input: TargetInput, etag: string | null) {
  return (await api('PUT /sales-targets/{year}/{kind}/{subjectId}', { params: paramsOf(year, kind, subjectId), body: input, headers: { 'If-Match': etag ?? '"0"' } })).data;
}
