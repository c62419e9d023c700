import type { ObligationStatus } from '#shared/revisits/obligations';
import { periodKinds, type PeriodKind } from '#shared/revisits/periods';
import type { Tier } from '#shared/schemas/customer.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import type { Principal } from '#core/principal';
import { settingsInForce } from '#core/repositories/versioned-settings.repository';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { RevisitDeps } from '../deps';
import { customerObligations } from './customer-obligations';
import type { Bilingual } from '#shared/messages';

export interface ObligationStatusItem {
  key: string;
  ruleId: string;
  label: Bilingual;
  periodKind: PeriodKind;
  periodId: string;
  /** The period's last day (Asia/Shanghai). */
  dueDate: string;
  tier: Tier;
  status: ObligationStatus;
  metBy: string[];
  selective: boolean;
  target?: number;
}

/**
 * Where one customer stands against the R6 rules: each obligation of the running month, quarter and
 * half-year under the rules in force now, and those of the periods just ended that were not met (overdue)
 * under the rules in force when each ended (shared/revisits/judging-instant.ts). The customer
 * must be one the caller can read (404 otherwise, as the customer itself).
 */
export async function customerObligationStatus(deps: RevisitDeps, customerId: string, principal: Principal): Promise<{ items: ObligationStatusItem[] }> {
  const customer = await getCustomer(deps, customerId, principal);
  const now = deps.now();
  const stored = await deps.settings.get();
  const settingsAt = settingsInForce(deps.settings, stored, now);
  const items: ObligationStatusItem[] = [];
  for (const kind of periodKinds) {
    const { current, previous } = await customerObligations(deps, customer, kind, now, now, stored.settings.reminders.leadDays[kind], settingsAt);
    for (const o of [...previous.filter((p) => p.status === 'overdue'), ...current]) {
      items.push({
        key: o.key,
        ruleId: o.rule.id,
        label: o.rule.label,
        periodKind: kind,
        periodId: o.period.id,
        dueDate: shanghaiDate(new Date(Date.parse(o.period.end) - 1)),
        tier: o.tier,
        status: o.status,
        metBy: o.metBy,
        selective: o.rule.selective === true,
        ...(o.rule.target !== undefined ? { target: o.rule.target } : {}),
      });
    }
  }
  return { items: items.sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.ruleId.localeCompare(b.ruleId)) };
}
