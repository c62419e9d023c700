import type { Revisit } from '#shared/schemas/revisit.schema';
import type { FollowUpToRequest } from '#shared/schemas/revisit-follow-up.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { ServiceDeps } from '../../service/deps';
import { receiveRequest } from '../../service/use-cases/receive-request';
import type { RevisitDeps } from '../deps';

export interface FollowUpRequestDeps {
  revisits: RevisitDeps;
  service: ServiceDeps;
}

const alreadyTurned = (requestId: string | undefined) =>
  new DomainError('conflict', 'revisit_item_not_open', { params: { requestId: requestId ?? '—' } });

/**
 * A follow-up item raised in a revisit becomes a service request in one step, linked both ways (R6 → R7):
 * 1. the customer must be one the caller can read, and the revisit and item its own (404 otherwise);
 * 2. an item already turned into a request is refused (409, naming that request);
 * 3. the request is received through the service use case — channel `revisit`, the caller its
 *    first-inquiry owner, the statement the item's words as recorded (the caller's note below them) —
 *    and in the same transaction the item is marked with the request's id, on condition it is still open,
 *    so two clicks at once give one request and one refusal.
 */
export async function followUpToRequest(
  deps: FollowUpRequestDeps,
  customerId: string,
  revisitId: string,
  itemId: string,
  input: FollowUpToRequest,
  principal: Principal,
): Promise<{ revisit: Revisit; serviceRequest: ServiceRequest }> {
  const customer = await getCustomer(deps.revisits, customerId, principal);
  const revisit = await deps.revisits.revisits.get(customer.id, revisitId);
  const index = revisit ? revisit.issues.findIndex((i) => i.id === itemId) : -1;
  if (!revisit || index < 0) throw notFound();
  const item = revisit.issues[index]!;
  if (item.status !== 'open') throw alreadyTurned(item.serviceRequestId);

  let serviceRequest: ServiceRequest;
  try {
    serviceRequest = await receiveRequest(
      deps.service,
      {
        customerId: customer.id,
        kind: input.kind,
        channel: 'revisit',
        contact: input.contact,
        statement: input.note ? `${item.text}\n\n${input.note}` : item.text,
      },
      principal,
      undefined,
      { revisitId: revisit.id, revisitItemId: item.id, linkItem: (requestId) => deps.revisits.revisits.linkIssueToRequest(revisit, index, requestId) },
    );
  } catch (error) {
    if (error instanceof DomainError && error.kind === 'conflict') {
      const now = await deps.revisits.revisits.get(customer.id, revisit.id);
      throw alreadyTurned(now?.issues[index]?.serviceRequestId);
    }
    throw error;
  }
  return {
    revisit: {
      ...revisit,
      issues: revisit.issues.map((it, i) => (i === index ? { ...it, status: 'turned-into-request' as const, serviceRequestId: serviceRequest.id } : it)),
      version: revisit.version + 1,
    },
    serviceRequest,
  };
}
