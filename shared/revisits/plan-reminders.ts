import type { PlanRevisitItem } from './plans';

const dayMs = 86_400_000;
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);

/** The claim key of a temporary plan's revisit: one per plan and customer, apart from every frequency rule's. */
export const planObligationKey = (planId: string) => `plan#${planId}`;

/**
 * The days (Shanghai dates) whose approved plans the daily reminders read on `today`: a plan that has not
 * begun owes nothing yet, and one that closed more than `escalateDays` ago is no longer escalated, so only
 * plans touching [today − escalateDays, today] can need a message.
 */
export function planReminderRange(today: string, escalateDays: number): { from: string; to: string } {
  return { from: addDays(today, -escalateDays), to: today };
}

/**
 * The plan revisits the daily job acts on, as for the frequency rules: one due soon reminds the owner; one
 * overdue (the plan closed unmet) reminds the owner and tells their head, for `escalateDays` after the
 * plan's window closed. Met, open and upcoming ones are left alone.
 */
export function planItemsToRemind(items: readonly PlanRevisitItem[], now: Date, escalateDays: number): PlanRevisitItem[] {
  return items.filter(
    (i) => i.status === 'due-soon' || (i.status === 'overdue' && now.getTime() - Date.parse(i.window.end) < escalateDays * dayMs),
  );
}
