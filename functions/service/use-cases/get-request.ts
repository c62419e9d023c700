import { canSee } from '#shared/service/request-state';
import type { ServiceEvent, ServiceRequest } from '#shared/schemas/service-request.schema';
import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { ServiceDeps } from '../deps';

/** A request with its timeline, for someone allowed to see it (otherwise it does not exist: 404). */
export async function getRequest(deps: Pick<ServiceDeps, 'requests'>, id: string, principal: Principal): Promise<{ request: ServiceRequest; timeline: () => Promise<ServiceEvent[]> }> {
  const request = await deps.requests.get(id);
  if (!request || !canSee(request, principal)) throw notFound();
  return { request, timeline: () => deps.requests.timeline(id) };
}
