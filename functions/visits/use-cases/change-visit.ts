import type { Outcome } from '#shared/reception/visit-actions';
import type { Visit } from '#shared/schemas/visit.schema';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { VisitNotice } from '#core/repositories/visit.repository';
import type { Staff } from '#shared/schemas/staff.schema';
import type { VisitDeps } from '../deps';
import { getVisit } from './read-visits';

const attempts = 3;

export function refusalError(outcome: Extract<Outcome, { ok: false }>): DomainError {
  return new DomainError(outcome.kind, outcome.code, outcome.fields ? { fields: outcome.fields } : {});
}

/**
 * Reads a visit in the caller's scope, applies one pure action and writes the result conditionally on
 * the version read, with the notices it sends. Two people ticking different steps at once both
 * succeed: a lost race re-reads and re-applies (the action re-checks the state, so a plan decided
 * meanwhile is refused, not decided twice). With `expectedVersion` (If-Match) a stale edit is a 412.
 */
export async function changeVisit<T extends object>(
  deps: VisitDeps,
  id: string,
  principal: Principal,
  apply: (visit: Visit, now: Date) => Outcome<T>,
  notices: (outcome: { visit: Visit } & T, staff: readonly Staff[]) => VisitNotice[] = () => [],
  expectedVersion?: number,
): Promise<{ visit: Visit } & T> {
  for (let attempt = 1; ; attempt++) {
    const before = await getVisit(deps, id, principal);
    if (expectedVersion !== undefined && before.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
    const outcome = apply(before, deps.now());
    if (!outcome.ok) throw refusalError(outcome);
    const staff = await deps.staff.list();
    try {
      await deps.visits.replace(before, outcome.visit, notices(outcome, staff));
      return outcome;
    } catch (error) {
      const stale = error instanceof DomainError && error.kind === 'precondition_failed';
      if (!stale || expectedVersion !== undefined || attempt === attempts) throw error;
    }
  }
}
