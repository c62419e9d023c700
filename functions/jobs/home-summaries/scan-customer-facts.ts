import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { tierHistoryEntrySchema, type TierHistoryEntry } from '#shared/schemas/tier-history.schema';
import { keys, withoutKeys } from '#core/keys';
import { scanAllSegments } from '../segmented-scan';

export interface CustomerFactVisitor {
  customer(c: Customer): void;
  monthTotal(unitId: string, month: string, amountFen: number): void;
  tierChange(unitId: string, e: TierHistoryEntry): void;
}

type Pending = { month: string; amountFen: number } | TierHistoryEntry;

/**
 * Every customer partition's profile, monthly totals and tier history, by the parallel segmented Scan (a job
 * only, never a request path). A month or tier entry counts for its customer's unit, known from the profile:
 * within a partition the Scan returns items in sort-key order (`MONTH#` < `PROFILE` < `TIERHIST#`), so the
 * few entries read before their profile wait for it; a customer in the recycle bin counts nowhere.
 */
export async function scanCustomerFacts(client: DynamoDBDocumentClient, tableName: string, visit: CustomerFactVisitor, totalSegments = 4): Promise<void> {
  const unitOf = Array.from({ length: totalSegments }, () => new Map<string, string | null>());
  const pending = Array.from({ length: totalSegments }, () => new Map<string, Pending[]>());
  const apply = (unitId: string, p: Pending) => ('month' in p ? visit.monthTotal(unitId, p.month, p.amountFen) : visit.tierChange(unitId, p));
  const filter = {
    expression: 'begins_with(PK, :c) AND (SK = :p OR begins_with(SK, :m) OR begins_with(SK, :t))',
    values: { ':c': keys.customerPartitionPrefix, ':p': 'PROFILE', ':m': keys.monthTotalPrefix, ':t': keys.tierHistoryPrefix },
  };
  await scanAllSegments(client, tableName, { totalSegments, filter }, (items, segment) => {
    const units = unitOf[segment]!;
    const waiting = pending[segment]!;
    const fact = (customerId: string, p: Pending) => {
      const unit = units.get(customerId);
      if (unit === null) return;
      if (unit) apply(unit, p);
      else waiting.set(customerId, [...(waiting.get(customerId) ?? []), p]);
    };
    for (const item of items) {
      const id = String(item.PK).slice(keys.customerPartitionPrefix.length);
      const sk = String(item.SK);
      if (sk === 'PROFILE') {
        const customer = customerSchema.parse(withoutKeys(item));
        const live = !customer.deletedAt;
        units.set(id, live ? customer.unitId : null);
        if (live) {
          visit.customer(customer);
          for (const p of waiting.get(id) ?? []) apply(customer.unitId, p);
        }
        waiting.delete(id);
      } else if (sk.startsWith(keys.monthTotalPrefix)) {
        fact(id, { month: String(item.month), amountFen: Number(item.amountFen) });
      } else {
        fact(id, tierHistoryEntrySchema.parse(withoutKeys(item)));
      }
    }
  });
}
