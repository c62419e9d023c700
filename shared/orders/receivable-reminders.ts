import type { OverdueRow } from './overdue';

/**
 * When money owed on orders is reminded and escalated (R11, 第五条〔一〕 回款), in one place: the daily job
 * (functions/orders/use-cases/remind-overdue.ts) and the pages that explain it read these.
 * - `dueSoonDays`: an order whose payment falls due within this many days (today included) reminds its owner;
 * - `escalateAfterDays`: money overdue for more than this many days goes up to the unit's heads and the Sales heads.
 */
export const receivableReminderTiming = { dueSoonDays: 7, escalateAfterDays: 30 } as const;

/** The last due date that is still "due soon" on `today` ('YYYY-MM-DD', Asia/Shanghai). */
export function dueSoonUntil(today: string, days: number = receivableReminderTiming.dueSoonDays): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Whole days from today to the due date: 0 on the due date itself. */
export function daysUntilDue(paymentDueDate: string, today: string): number {
  return Math.round((Date.parse(`${paymentDueDate}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** Overdue rows past the escalation threshold (strictly longer than it). */
export function escalated(rows: readonly OverdueRow[], afterDays: number = receivableReminderTiming.escalateAfterDays): OverdueRow[] {
  return rows.filter((r) => r.daysOverdue > afterDays);
}

/**
 * Who hears of escalated money, with the rows each answers for: every Sales head all of them, each unit's heads
 * their unit's. A person who is both gets one list (the union, each order once).
 */
export function escalationRecipients(
  rows: readonly OverdueRow[],
  salesHeads: readonly string[],
  unitHeads: (unitId: string) => readonly string[],
): Map<string, OverdueRow[]> {
  const out = new Map<string, Set<OverdueRow>>();
  const add = (recipient: string, row: OverdueRow) => out.set(recipient, (out.get(recipient) ?? new Set()).add(row));
  for (const row of rows) {
    for (const head of salesHeads) add(head, row);
    for (const head of unitHeads(row.unitId)) add(head, row);
  }
  return new Map([...out].map(([recipient, set]) => [recipient, rows.filter((r) => set.has(r))]));
}
