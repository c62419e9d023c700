import type { MonthFigures } from '#shared/sales-targets/progress';
import type { TargetKind } from '#shared/schemas/sales-target.schema';
import { shanghaiMonth } from '#shared/shanghai-time';
import { keys } from '#core/keys';
import type { SalesTargetDeps } from '../deps';

/** Customers read at once: enough to keep a unit of a few hundred customers within the route's budget. */
const parallel = 8;

/**
 * What a unit or a salesperson sold and collected in a year, month by month:
 * 1. their customers as assigned today (GSI1 `UNIT#` or GSI2 `OWNER#`, live ones: the recycle bin has left them);
 * 2. per customer, R4's monthly totals of the year (the figures the tiering counts) and the payments received
 *    in the year (its `payment.received` events, by their month in Asia/Shanghai), eight customers at a time.
 */
export async function yearFigures(deps: Pick<SalesTargetDeps, 'customers' | 'tiers' | 'receivables'>, year: number, kind: TargetKind, subjectId: string): Promise<{ figures: MonthFigures[]; customers: number }> {
  const partition = kind === 'unit' ? keys.customerPartitions.unit(subjectId) : keys.customerPartitions.owner(subjectId);
  const ids = (await deps.customers.all(partition)).map((c) => c.id);

  const figures: MonthFigures[] = [];
  for (let i = 0; i < ids.length; i += parallel) {
    const batch = await Promise.all(ids.slice(i, i + parallel).map((id) => customerYear(deps, year, id)));
    figures.push(...batch.flat());
  }
  return { figures, customers: ids.length };
}

async function customerYear(deps: Pick<SalesTargetDeps, 'tiers' | 'receivables'>, year: number, customerId: string): Promise<MonthFigures[]> {
  const [months, events] = await Promise.all([deps.tiers.monthTotals(customerId, `${year}-01`, `${year}-12`), deps.receivables.customerEvents(customerId)]);
  const out: MonthFigures[] = months.map((m) => ({ month: m.month, salesFen: m.amountFen, collectedFen: 0 }));
  for (const e of events) {
    if (e.type !== 'payment.received') continue;
    const month = shanghaiMonth(e.data.occurredAt);
    if (month.startsWith(`${year}-`)) out.push({ month, salesFen: 0, collectedFen: e.data.amountFen ?? 0 });
  }
  return out;
}
