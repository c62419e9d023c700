import type { OverdueGroup, OverdueRow } from '../schemas/receivable.schema';

/**
 * Overdue 回款 (R11): money owed on an order after its payment due date, listed by owner and unit and
 * reminded to the owner every day until collected. Dates are 'YYYY-MM-DD' in Asia/Shanghai. The rows' and
 * groups' shapes are the list's answer (shared/schemas/receivable.schema.ts).
 */
export type { OverdueGroup, OverdueRow } from '../schemas/receivable.schema';

/** Whole days from the due date to today: 1 on the day after the due date. */
export function daysOverdue(paymentDueDate: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${paymentDueDate}T00:00:00Z`)) / 86_400_000);
}

/** Sums per owner or unit, the largest amount first (ties by key, so the order never wobbles). */
export function groupOverdue(rows: readonly OverdueRow[], by: 'ownerId' | 'unitId'): OverdueGroup[] {
  const groups = new Map<string, OverdueGroup>();
  for (const row of rows) {
    const group = groups.get(row[by]) ?? { key: row[by], orders: 0, overdueFen: 0 };
    group.orders++;
    group.overdueFen += row.overdueFen;
    groups.set(row[by], group);
  }
  return [...groups.values()].sort((a, b) => b.overdueFen - a.overdueFen || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** The list's order: the longest overdue first, then the larger amount, then customer and order. */
export function byUrgency(a: OverdueRow, b: OverdueRow): number {
  return b.daysOverdue - a.daysOverdue || b.overdueFen - a.overdueFen || a.customerId.localeCompare(b.customerId) || a.orderId.localeCompare(b.orderId);
}
