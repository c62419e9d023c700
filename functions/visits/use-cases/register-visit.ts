import { registerVisit as newVisit } from '#shared/reception/plan';
import { visitView, type VisitView } from '#shared/reception/visit-view';
import type { VisitRegisterInput } from '#shared/schemas/visit.schema';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { VisitDeps } from '../deps';
import { approvalNotices, stepsOpenedNotices } from '../notices';

/**
 * Registers a visit and generates its reception plan (R5):
 * 1. the customer must be one the registrant can see (another unit's customer does not exist: 404);
 * 2. the hosting unit is the registrant's, or the customer's for a registrant outside the units; the
 *    tier is the customer's now, the rank the highest visitor's; the standard's cell gives the plan;
 * 3. the visit is written with its notices in one transaction: the owners of the steps open now, and
 *    the approver when the plan needs approval.
 */
export async function registerVisit(deps: VisitDeps, input: VisitRegisterInput, principal: Principal): Promise<VisitView> {
  const customer = await getCustomer(deps, input.customerId, principal);
  const now = deps.now();
  const visit = newVisit(input, customer, principal, deps.newId(), now);
  const staff = await deps.staff.list();
  const opened = visit.steps.filter((s) => s.status === 'open');
  await deps.visits.create(visit, [...stepsOpenedNotices(visit, opened, staff, principal), ...approvalNotices(visit, staff, principal)]);
  return visitView(visit, now);
}
