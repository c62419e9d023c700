import type { RetierPlan } from '#shared/retier-plan';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Notification } from '#shared/schemas/notification.schema';
import type { TierHistoryEntry } from '#shared/schemas/tier-history.schema';
import { formatFen } from '#shared/money';
import { tierLabels } from '#shared/tier-labels';

export interface ChangeMeta {
  source: TierHistoryEntry['source'];
  by: string;
  at: string;
  runId?: string;
  reason?: string;
}

/** The re-tiered customer with its next version, and — when the tier moved — its history entry and the owner's notice. */
export function retierRecords(before: Customer, plan: RetierPlan, meta: ChangeMeta) {
  const after: Customer = { ...plan.after, version: before.version + 1, updatedAt: meta.at, updatedBy: meta.by };
  if (!plan.tierChange) return { after };
  const { from, to, rule, overrideLapsed } = plan.tierChange;
  const entry: TierHistoryEntry = {
    customerId: before.id,
    at: meta.at,
    source: meta.source,
    ...(meta.runId ? { runId: meta.runId } : {}),
    fromTier: from,
    toTier: to,
    computedTier: after.computedTier ?? to,
    rule,
    annualAmountFen: after.annualAmountFen,
    creditRating: after.creditRating,
    ...(overrideLapsed ? { overrideLapsed } : {}),
    ...(meta.reason ? { reason: meta.reason } : {}),
    by: meta.by,
  };
  const amount = `¥${formatFen(after.annualAmountFen)}`;
  const notice: Notification = {
    id: `tier-${before.id}-${meta.runId ?? meta.at}`,
    recipientId: before.ownerId,
    kind: 'tier-changed',
    title: { 'zh-CN': '客户等级变更', en: 'Customer tier changed' },
    body: {
      'zh-CN': `${before.name}：${tierLabels[from]['zh-CN']} → ${tierLabels[to]['zh-CN']}（年交易额 ${amount}，信用 ${after.creditRating}）`,
      en: `${before.name}: ${tierLabels[from].en} → ${tierLabels[to].en} (annual amount ${amount}, credit ${after.creditRating})`,
    },
    link: `/customers/${before.id}`,
    createdAt: meta.at,
  };
  return { after, entry, notice };
}
