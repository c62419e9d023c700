import type { Lang } from '#shared/messages';
import { visitView, type VisitView } from '#shared/reception/visit-view';
import { convertFollowUp, followUpToConvert } from '#shared/reception/visit-actions';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import type { Principal } from '#core/principal';
import type { RevisitDeps } from '../../revisits/deps';
import { recordRevisit } from '../../revisits/use-cases/record-revisit';
import type { VisitDeps } from '../deps';
import { changeVisit, refusalError } from './change-visit';
import { getVisit } from './read-visits';

/** A visit's follow-up reaches into revisits through their own use case (and nothing else, to keep its bundle small). */
export interface FollowUpRevisitDeps extends VisitDeps {
  revisits: RevisitDeps;
}

/**
 * A recorded visit's follow-up item is carried out as a revisit (R5 → R6): the revisit is recorded
 * through the revisit use case (its own checks: the customer in scope, not dated in the future), then
 * the item names it. The visit names the revisit; a revisit record has no field naming a visit yet.
 * Two people recording the same item at once both record their revisit (each happened); the item
 * names the first and the second is told it was taken (409).
 */
export async function followUpToRevisit(
  deps: FollowUpRevisitDeps,
  visitId: string,
  followUpId: string,
  input: RevisitCreate,
  principal: Principal,
  lang: Lang,
): Promise<{ visit: VisitView; revisit: Revisit }> {
  const before = await getVisit(deps, visitId, principal);
  const checked = followUpToConvert(before, followUpId, principal);
  if (!checked.ok) throw refusalError(checked);
  const revisit = await recordRevisit(deps.revisits, before.customerId, input, principal, lang);
  const { visit } = await changeVisit(deps, visitId, principal, (v, now) => convertFollowUp(v, followUpId, principal, { revisitId: revisit.id }, now));
  return { visit: visitView(visit, deps.now()), revisit };
}
