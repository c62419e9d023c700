import { visitView, type VisitView } from '#shared/reception/visit-view';
import { convertFollowUp, followUpToConvert } from '#shared/reception/visit-actions';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import type { FollowUpServiceRequestInput, Visit } from '#shared/schemas/visit.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { ServiceDeps } from '../../service/deps';
import { receiveRequest } from '../../service/use-cases/receive-request';
import type { VisitDeps } from '../deps';
import { changeVisit, refusalError } from './change-visit';
import { getVisit } from './read-visits';

/** A visit's follow-up reaches into service requests through their own use case (and nothing else, to keep its bundle small). */
export interface FollowUpRequestDeps extends VisitDeps {
  service: ServiceDeps;
}

const linkedItem = (visit: Visit, followUpId: string) => visit.record!.followUps.find((f) => f.id === followUpId)!.description;
const statementOf = (item: string, note: string | undefined) => (note ? `${item}\n\n${note}` : item);

/**
 * A recorded visit's follow-up item becomes a service request, linked both ways (R5 → R7):
 * 1. the visit must be recorded, the item not yet turned, the caller on the hosting side or the item's
 *    owner, and able to see the customer (as receiving any request asks);
 * 2. the request's id is written on the item first (conditionally, so two clicks cannot both win);
 * 3. the request is then received through the service use case, channel `visit`, the caller its
 *    first-inquiry owner, the statement the item's words as recorded (the caller's note below them),
 *    naming the visit and item. Should step 3 not happen (a crash between the two
 *    writes), the same call again finds the id on the item with no request behind it and writes it.
 */
export async function followUpToServiceRequest(
  deps: FollowUpRequestDeps,
  visitId: string,
  followUpId: string,
  input: FollowUpServiceRequestInput,
  principal: Principal,
): Promise<{ visit: VisitView; serviceRequest: ServiceRequest }> {
  const before = await getVisit(deps, visitId, principal);
  const checked = followUpToConvert(before, followUpId, principal);
  let visit = before;
  let requestId: string;
  if (checked.ok) {
    await getCustomer(deps, before.customerId, principal);
    requestId = deps.newId();
    ({ visit } = await changeVisit(deps, visitId, principal, (v, now) => convertFollowUp(v, followUpId, principal, { serviceRequestId: requestId }, now)));
  } else {
    const linked = before.record?.followUps.find((f) => f.id === followUpId)?.serviceRequestId;
    const unfinished = checked.code === 'visit_follow_up_converted' && linked !== undefined && !(await deps.service.requests.get(linked));
    if (!unfinished) throw refusalError(checked);
    requestId = linked;
  }
  try {
    const serviceRequest = await receiveRequest(
      { ...deps.service, newId: () => requestId },
      { customerId: before.customerId, kind: input.kind, channel: 'visit', contact: input.contact, statement: statementOf(linkedItem(before, followUpId), input.note) },
      principal,
      { visitId, followUpId },
    );
    return { visit: visitView(visit, deps.now()), serviceRequest };
  } catch (error) {
    // The request is there already: another call finished the same item meanwhile.
    if (error instanceof DomainError && error.kind === 'precondition_failed') throw new DomainError('conflict', 'visit_follow_up_converted');
    throw error;
  }
}
