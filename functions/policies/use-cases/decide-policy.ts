import type { PolicyDecision, PreferentialPolicy } from '#shared/schemas/preferential-policy.schema';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { PolicyDeps } from '../deps';

/**
 * Leadership records the GM office meeting's decision (R3):
 * 1. only a pending request can be decided, once;
 * 2. an approval carries its validity period; who recorded it and when are kept;
 * 3. the requester is told through the inbox.
 */
export async function decidePolicy(
  deps: PolicyDeps,
  customerId: string,
  policyId: string,
  input: PolicyDecision,
  principal: Principal,
): Promise<PreferentialPolicy> {
  const before = (await deps.policies.forCustomer(customerId)).find((p) => p.id === policyId);
  if (!before) throw notFound();
  if (before.status !== 'pending') throw new DomainError('conflict', 'policy_already_decided');
  const at = deps.now().toISOString();
  const after: PreferentialPolicy = {
    ...before,
    status: input.decision,
    decision: { meetingDate: input.meetingDate, recordedBy: principal.id, recordedAt: at, ...(input.note ? { note: input.note } : {}) },
    ...(input.decision === 'approved' ? { validFrom: input.validFrom, validTo: input.validTo } : {}),
    version: before.version + 1,
  };
  await deps.policies.replace(before, after);
  const approved = input.decision === 'approved';
  await deps.inbox.deliver({
    id: `policy-decision-${policyId}`,
    recipientId: before.requestedBy,
    kind: 'policy-decision',
    title: { 'zh-CN': approved ? '优惠政策已批准' : '优惠政策未获批准', en: approved ? 'Preferential policy approved' : 'Preferential policy rejected' },
    body: {
      'zh-CN': `${before.customerName}：总经理办公会（${input.meetingDate}）${approved ? `批准，有效期 ${input.validFrom} 至 ${input.validTo}` : '未批准'}。`,
      en: `${before.customerName}: the GM office meeting of ${input.meetingDate} ${approved ? `approved it, valid ${input.validFrom} to ${input.validTo}` : 'rejected it'}.`,
    },
    link: `/customers/${customerId}`,
    createdAt: at,
  });
  return after;
}
