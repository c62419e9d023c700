import { monthsBetween } from '#shared/shanghai-time';
import { periodMonths } from '#shared/tiers';
import type { Principal } from '#core/principal';
import { getCustomer } from '../../customers/use-cases/get-customer';
import type { TierDeps } from '../deps';

/** The customer's monthly totals over the period that makes up its annual amount, every month present (zero when quiet). */
export async function getMonthlyTotals(deps: TierDeps, customerId: string, principal: Principal) {
  const customer = await getCustomer(deps, customerId, principal);
  const { settings } = await deps.settings.get();
  const { from, to } = periodMonths(settings.period, deps.now());
  const stored = new Map((await deps.tiers.monthTotals(customerId, from, to)).map((m) => [m.month, m.amountFen]));
  return {
    period: settings.period,
    annualAmountFen: customer.annualAmountFen,
    months: monthsBetween(from, to).map((month) => ({ month, amountFen: stored.get(month) ?? 0 })),
  };
}
