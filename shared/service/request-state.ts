import type { MessageCode } from '../messages';
import type { Role } from '../roles';
import type { ServiceAction, ServiceRequest } from '../schemas/service-request.schema';
import { financeKinds } from './request-options';
import { departmentOf, type Department } from './departments';

export interface Actor {
  id: string;
  role: Role;
  unitId?: string;
}

export type Decision =
  | { ok: true; changes: Partial<ServiceRequest>; clear: (keyof ServiceRequest)[] }
  | { ok: false; kind: 'forbidden' | 'invalid' | 'conflict'; code: MessageCode; field?: string };

/** Who is involved in a request: its first-inquiry owner, its handler (person or department), the office for complaints, admins. */
export function involved(request: ServiceRequest, actor: Actor): boolean {
  const dept: Department = departmentOf(actor);
  const h = request.handler;
  return (
    actor.role === 'admin' ||
    request.firstOwnerId === actor.id ||
    ('personId' in h ? h.personId === actor.id : h.department === dept) ||
    (request.officeTracking && actor.role === 'office') ||
    (actor.role === 'finance' && financeKinds.includes(request.kind))
  );
}

const refuse = (kind: 'forbidden' | 'invalid' | 'conflict', code: MessageCode, field?: string): Decision => ({ ok: false, kind, code, ...(field ? { field } : {}) });

/**
 * The first-inquiry state machine (R7). There is no "reject": an open request is resolved on the spot,
 * or kept pending / transferred — and those need a reason, a handling plan and the expected date the
 * customer was told. Finance records the money side of returns and reconciliations before they close.
 * Pure: the use case checks people exist and writes the result with its timeline event.
 */
export function decide(request: ServiceRequest, action: ServiceAction, actor: Actor, today: string): Decision {
  if (!involved(request, actor)) return refuse('forbidden', 'forbidden');
  const open = request.status !== 'closed';
  const futureDate = (d: string) => d >= today;

  switch (action.action) {
    case 'resolve':
      if (!open) return refuse('conflict', 'service.notOpen');
      if (financeKinds.includes(request.kind) && !request.money) return refuse('invalid', 'service.moneyFirst', 'action');
      return { ok: true, changes: { status: 'closed', resolution: action.resolution, satisfaction: action.satisfaction }, clear: ['overdueSince'] };
    case 'pend':
      if (!open) return refuse('conflict', 'service.notOpen');
      if (!futureDate(action.expectedDate)) return refuse('invalid', 'service.expectedInPast', 'expectedDate');
      return { ok: true, changes: { status: 'in-progress', handlingPlan: action.handlingPlan, expectedDate: action.expectedDate }, clear: ['overdueSince'] };
    case 'transfer': {
      if (!open) return refuse('conflict', 'service.notOpen');
      if (!futureDate(action.expectedDate)) return refuse('invalid', 'service.expectedInPast', 'expectedDate');
      const h = request.handler;
      const same = 'department' in action.to ? !('personId' in h) && h.department === action.to.department : 'personId' in h && h.personId === action.to.personId;
      if (same) return refuse('invalid', 'service.sameHandler', 'to');
      return { ok: true, changes: { status: 'in-progress', handlingPlan: action.handlingPlan, expectedDate: action.expectedDate }, clear: ['overdueSince'] };
    }
    case 'reschedule':
      if (request.status !== 'in-progress' || !request.expectedDate) return refuse('conflict', 'service.notPending');
      if (!futureDate(action.expectedDate)) return refuse('invalid', 'service.expectedInPast', 'expectedDate');
      return { ok: true, changes: { expectedDate: action.expectedDate }, clear: ['overdueSince'] };
    case 'record-money':
      if (actor.role !== 'finance' && actor.role !== 'admin') return refuse('forbidden', 'forbidden');
      if (!financeKinds.includes(request.kind)) return refuse('invalid', 'service.noMoneySide', 'action');
      if (!open) return refuse('conflict', 'service.notOpen');
      return { ok: true, changes: {}, clear: [] };
    case 'correct':
      return { ok: true, changes: {}, clear: [] };
    case 'reopen':
      if (open) return refuse('conflict', 'service.notClosed');
      return { ok: true, changes: { status: 'in-progress' }, clear: ['resolution', 'satisfaction', 'closedAt'] };
  }
}

/** Past its expected date and not closed (R7: flagged and escalated). */
export function isOverdue(request: Pick<ServiceRequest, 'status' | 'expectedDate'>, today: string): boolean {
  return request.status !== 'closed' && !!request.expectedDate && request.expectedDate < today;
}

/** Who may read a request: those involved, Sales heads, the office and leadership, Finance for its kinds, and the customer's unit. */
export function canSee(request: ServiceRequest, actor: Actor): boolean {
  return (
    involved(request, actor) ||
    actor.role === 'sales-head' ||
    actor.role === 'office' ||
    actor.role === 'leadership' ||
    ((actor.role === 'unit-head' || actor.role === 'unit-staff') && actor.unitId === request.unitId)
  );
}

/** Which list views a role may open (R7: the office's complaint board, Finance's queue). */
export const viewRoles: Record<'mine' | 'handling' | 'department' | 'complaints' | 'finance' | 'all', Role[] | 'everyone'> = {
  mine: 'everyone',
  handling: 'everyone',
  department: 'everyone',
  complaints: ['office', 'sales-head', 'leadership', 'admin'],
  finance: ['finance', 'sales-head', 'admin'],
  all: ['sales-head', 'office', 'leadership', 'admin'],
};
