import { opinionFromRevisit } from '#shared/opinions/opinion-rules';
import type { Revisit, RevisitCreate } from '#shared/schemas/revisit.schema';
import { invalidFields } from '#core/errors';
import type { Principal } from '#core/principal';
import type { LinkedWrite } from '#core/repositories/service-request.repository';
import { translate, type Lang } from '#shared/messages';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { RevisitDeps } from '../deps';

/**
 * Records a revisit (R6):
 * 1. the customer must be one the recorder can see (another unit's is a 404);
 * 2. the date must not be in the future (an obligation is met by what happened);
 * 3. each issue raised becomes a follow-up item with its own id, open, for a service request to name later (R7);
 * 4. the record is written once, in the customer's partition, by its instant; the customer's opinions and
 *    suggestions (content ①), when given, land in the opinions register in the same transaction (第三条〔四〕).
 */
export async function recordRevisit(
  deps: RevisitDeps,
  customerId: string,
  input: RevisitCreate,
  principal: Principal,
  lang: Lang,
  /** Writes that must land with the record (the meeting feedback it carries out), given the record. */
  linked: (revisit: Revisit) => LinkedWrite[] = () => [],
  /** Where it came from, when it carries out a meeting's feedback. */
  origin: Pick<Revisit, 'meetingFeedback'> = {},
): Promise<Revisit> {
  const customer = await getCustomer(deps, customerId, principal);
  const now = deps.now();
  const visitedAt = new Date(input.visitedAt);
  if (visitedAt.getTime() > now.getTime() + 60_000) throw invalidFields({ visitedAt: translate('revisit.inFuture', lang) });
  const id = deps.newId();
  const revisit: Revisit = {
    id,
    customerId: customer.id,
    customerName: customer.name,
    unitId: customer.unitId,
    tierAtVisit: customer.tier,
    visitedAt: visitedAt.toISOString(),
    channel: input.channel,
    visitors: input.visitors,
    opinions: input.opinions,
    serviceFollowUps: input.serviceFollowUps,
    promoted: input.promoted,
    plansAndNeeds: input.plansAndNeeds,
    satisfaction: input.satisfaction,
    issues: input.issues.map((issue, i) => ({ id: `${id}-${i + 1}`, text: issue.text, status: 'open' as const })),
    recordedBy: { id: principal.id, name: principal.name },
    recordedAt: now.toISOString(),
    ...origin,
    version: 1,
  };
  const opinion = opinionFromRevisit(revisit);
  await deps.revisits.create(revisit, [...linked(revisit), ...(opinion ? [deps.opinions.register(opinion)] : [])]);
  return revisit;
}
