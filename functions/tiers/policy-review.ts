import type { RetierPlan } from '#shared/retier-plan';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Notification } from '#shared/schemas/notification.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { belowKey } from '#shared/tiers';
import type { PreferentialPolicyRepository } from '#core/repositories/preferential-policy.repository';

/**
 * R3: when a customer falls below key, its approved, still-valid preferential policies are flagged for
 * review and the owner told. Returns the transaction items and the notice, to be written with the tier change.
 */
export async function policyReview(
  policies: PreferentialPolicyRepository,
  customer: Customer,
  change: RetierPlan['tierChange'],
  meta: { at: string; runId?: string },
) {
  if (!change || !belowKey(change.to) || belowKey(change.from)) return { items: [], notices: [] as Notification[] };
  const today = shanghaiDate(meta.at);
  const flagged = (await policies.forCustomer(customer.id)).filter(
    (p) => p.status === 'approved' && !p.reviewFlaggedAt && (p.validTo ?? '') >= today,
  );
  if (!flagged.length) return { items: [], notices: [] as Notification[] };
  const notice: Notification = {
    id: `policy-review-${customer.id}-${meta.runId ?? meta.at}`,
    recipientId: customer.ownerId,
    kind: 'policy-review',
    title: { 'zh-CN': '优惠政策待复核', en: 'Preferential policy to review' },
    body: {
      'zh-CN': `${customer.name} 已降为非重点客户，其 ${flagged.length} 项有效优惠政策需复核。`,
      en: `${customer.name} fell below key; ${flagged.length} active preferential polic${flagged.length === 1 ? 'y needs' : 'ies need'} review.`,
    },
    link: `/customers/${customer.id}`,
    createdAt: meta.at,
  };
  return { items: flagged.map((p) => policies.flagForReview(p, meta.at)), notices: [notice] };
}
