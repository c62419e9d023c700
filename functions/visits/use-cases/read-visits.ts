import { isUnitRole } from '#shared/roles';
import { personHolderKey } from '#shared/reception/open-steps';
import { visitVisible } from '#shared/reception/visit-actions';
import { visitView, type VisitView } from '#shared/reception/visit-view';
import type { Visit, VisitCalendarQuery } from '#shared/schemas/visit.schema';
import { shanghaiMidnight } from '#shared/shanghai-time';
import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { VisitDeps } from '../deps';

/** One visit, with overdue steps flagged; a visit another unit hosts does not exist for a unit user (404). */
export async function getVisit(deps: Pick<VisitDeps, 'visits'>, id: string, principal: Principal): Promise<Visit> {
  const visit = await deps.visits.get(id);
  if (!visit || !visitVisible(visit, principal)) throw notFound();
  return visit;
}

/**
 * The calendar: visits overlapping the dates `from`–`to` (Asia/Shanghai, both inclusive), in arrival
 * order. A unit user's calendar is always their own unit's; others choose a unit or see all.
 */
export async function visitCalendar(
  deps: Pick<VisitDeps, 'visits' | 'now'>,
  query: VisitCalendarQuery,
  principal: Principal,
): Promise<{ items: VisitView[]; truncated: boolean }> {
  const unitId = isUnitRole(principal.role) ? principal.unitId : query.unitId;
  const to = shanghaiMidnight(query.to, 1);
  const { items, truncated } = await deps.visits.calendar({ from: shanghaiMidnight(query.from), to, ...(unitId ? { unitId } : {}) });
  const now = deps.now();
  return { items: items.map((v) => visitView(v, now)), truncated };
}

/** A customer's visits, newest first, with their records and follow-ups, for whoever may see the customer. */
export async function customerVisits(deps: VisitDeps, customerId: string, page: { limit: number; cursor?: string }, principal: Principal) {
  await getCustomer(deps, customerId, principal);
  const { items, nextCursor } = await deps.visits.forCustomer(customerId, page);
  const now = deps.now();
  return { items: items.filter((v) => visitVisible(v, principal)).map((v) => visitView(v, now)), nextCursor };
}

/** Plans waiting for the caller's role to decide them (leadership; an admin sees leadership's queue). */
export async function awaitingApproval(deps: Pick<VisitDeps, 'visits' | 'now'>, page: { limit: number; cursor?: string }, principal: Principal) {
  const role = principal.role === 'admin' ? 'leadership' : principal.role;
  const { items, nextCursor } = await deps.visits.awaitingApproval(role, page);
  const now = deps.now();
  return { items: items.map((v) => visitView(v, now)), nextCursor };
}

/**
 * GET /visit-steps: the open reception steps the caller's role (in their unit, for a unit's role) owns or may do
 * instead, soonest due first: one Query of their holder partition (shared/reception/open-steps.ts), the same the
 * 工作台 counts. Each carries `overdue` as the visit page shows it.
 */
export async function myOpenSteps(deps: Pick<VisitDeps, 'visits' | 'now'>, page: { limit: number; cursor?: string }, principal: Principal) {
  const { items, nextCursor } = await deps.visits.openSteps(personHolderKey(principal), page);
  const now = deps.now().getTime();
  return { items: items.map((s) => ({ ...s, overdue: now > Date.parse(s.dueAt) })), nextCursor };
}
