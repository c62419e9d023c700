import { opinionTodoFilter } from '../opinions/opinion-rules';
import { stepOwnerRoles } from '../reception/open-steps';
import type { Role } from '../roles';
import type { TodoKind } from '../schemas/home.schema';

/** Roles that own customers (R1: Sales and the business units) and so owe revisits and keep archives current. */
const owners: readonly Role[] = ['sales-head', 'sales', 'unit-head', 'unit-staff'];

/**
 * Which to-dos a role has on its 工作台. Everyone may receive and hold service requests (首问负责制, R7) and has
 * an inbox; the roles the reception standard names own steps of visits (R5, shared/reception/parties.ts); approvals are leadership's (visits, temporary plans, preferential policies) and the Sales head's
 * (quarterly reports); unmatched orders are Sales' (R4); refunds and reconciliations Finance's (R7).
 */
export function todoKindsFor(role: Role): TodoKind[] {
  const kinds: TodoKind[] = [];
  if (owners.includes(role)) kinds.push('revisits-overdue', 'revisits-due');
  kinds.push('service-overdue', 'service-open');
  // Open customer opinions (第三条〔四〕): a unit's people their unit's, Sales, the office and leadership those waiting on them.
  if (opinionTodoFilter({ role })) kinds.push('opinions-open');
  if (stepOwnerRoles.includes(role)) kinds.push('reception-steps');
  if (role === 'leadership') kinds.push('approvals-visits', 'approvals-temporary-plans', 'approvals-policies');
  if (role === 'sales-head') kinds.push('approvals-reports');
  if (owners.includes(role)) kinds.push('stale-archives');
  if (role === 'admin' || role === 'sales-head' || role === 'sales') kinds.push('unmatched-orders');
  // Overdue 回款 (R11): owners their customers', a unit head the unit's, the Sales head and Finance the company's.
  if (owners.includes(role) || role === 'finance') kinds.push('overdue-receivables');
  if (role === 'finance') kinds.push('finance-requests');
  kinds.push('unread-notices');
  return kinds;
}

/** A salesperson and unit staff follow their own customers' overdue 回款; heads and Finance their whole scope. */
export const overdueOwnOnly = (role: Role) => role === 'sales' || role === 'unit-staff';

/** Roles that may open revisit coverage (shared/routes.ts); unit staff follow their revisits on the calendar. */
const coverageReaders: readonly Role[] = ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'];

/** The list each to-do opens, filtered to exactly the items it counts. */
export function todoLink(kind: TodoKind, me: { id: string; role: Role }, quarter?: string): string {
  const q = encodeURIComponent;
  switch (kind) {
    case 'revisits-overdue':
      return coverageReaders.includes(me.role) ? `/revisit-coverage?ownerId=${q(me.id)}#overdue` : `/revisit-calendar`;
    case 'revisits-due':
      return coverageReaders.includes(me.role) ? `/revisit-coverage?ownerId=${q(me.id)}#due-soon` : `/revisit-calendar`;
    case 'service-overdue':
      return '/service-requests?view=handling&overdue=true';
    case 'service-open':
      return '/service-requests?view=handling&open=true';
    case 'opinions-open': {
      const filter = opinionTodoFilter(me);
      return filter && 'waitingOn' in filter ? `/opinions?waitingOn=${q(filter.waitingOn)}` : '/opinions?status=open';
    }
    case 'reception-steps':
      return '/visits?tab=mine';
    case 'approvals-visits':
      return '/visit-approvals';
    case 'approvals-temporary-plans':
      return '/revisit-plans/temporary?tab=pending';
    case 'approvals-policies':
      return '/preferential-policies?status=pending';
    case 'approvals-reports':
      return `/revisit-reports${quarter ? `?quarter=${q(quarter)}` : ''}`;
    case 'stale-archives':
      return `/customers?ownerId=${q(me.id)}&stale=true`;
    case 'unmatched-orders':
      return '/unmatched-orders';
    case 'overdue-receivables':
      return overdueOwnOnly(me.role) ? `/receivables/overdue?ownerId=${q(me.id)}` : '/receivables/overdue';
    case 'finance-requests':
      return '/service-requests?view=finance&open=true';
    case 'unread-notices':
      return '/inbox?unread=true';
  }
}
