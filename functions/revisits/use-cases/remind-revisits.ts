import { periodKinds } from '#shared/revisits/periods';
import { planItemsToRemind, planObligationKey, planReminderRange } from '#shared/revisits/plan-reminders';
import { planRevisits, planWindow } from '#shared/revisits/plans';
import type { Customer } from '#shared/schemas/customer.schema';
import type { TemporaryPlan } from '#shared/schemas/revisit-plan.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import { departmentOf, headRoleOf } from '#shared/service/departments';
import { shanghaiDate } from '#shared/shanghai-time';
import type { ChannelMessage } from '#core/channels/channel-sender';
import { forEachLimited } from '#core/concurrency';
import { settingsInForce } from '#core/repositories/versioned-settings.repository';
import type { RevisitDeps } from '../deps';
import { planRevisitReminder, revisitReminder } from '../notices';
import { customerObligations } from './customer-obligations';

export interface ReminderSummary {
  customers: number;
  reminded: number;
  escalated: number;
  alreadyToday: number;
  failedDeliveries: number;
}

/** Feeds every live customer to `visit`, a page at a time (the job's segmented Scan; a list in tests). */
export type CustomerSource = (visit: (customers: Customer[]) => Promise<void>) => Promise<void>;

const dayMs = 86_400_000;

/**
 * The daily revisit reminders (R6):
 * 1. for every live customer and every period kind, its obligations now (customerObligations);
 * 2. one unmet in the running period within the lead time → the owner is reminded;
 * 3. one unmet in the period just ended, for `escalateDays` after it ended → the owner is reminded and
 *    their head told (unit head for a unit's staff, Sales head for Sales; Sales heads when the owner is
 *    not in the directory);
 * 3a. the same for each approved temporary plan's revisit of the customer (plans read once per run by
 *    unit, never scanned): due soon within `planLeadDays` of the plan's last day, overdue once it closed
 *    unmet, claimed under its own key `plan#<planId>`;
 * 4. each obligation is claimed for the Shanghai day before anything is sent, so a second run that day
 *    sends nothing; then each recipient is reached on the channels they chose (the inbox always), every
 *    channel on its own, and what each did is recorded on the claim.
 * The reminder timing (lead days, escalation window, plans' lead) is the setting in force when the run
 * starts: it decides what is sent today. The frequency rules judge each period as of its judging instant
 * (shared/revisits/judging-instant.ts): the running period by today's, the period just ended — whose
 * overdue ones are escalated — by those in force when it ended; each instant read once per run.
 */
export async function remindRevisits(deps: RevisitDeps, source: CustomerSource): Promise<ReminderSummary> {
  const now = deps.now();
  const at = now.toISOString();
  const day = shanghaiDate(now);
  const staff = await deps.staff.list();
  const byId = new Map(staff.map((s) => [s.id, s]));
  const current = await deps.settings.get();
  const { reminders } = current.settings;
  const settingsAt = settingsInForce(deps.settings, current, now);
  const plansOf = await approvedPlansByCustomer(deps, day, reminders.escalateDays);
  const delivery = await deps.delivery();
  const summary: ReminderSummary = { customers: 0, reminded: 0, escalated: 0, alreadyToday: 0, failedDeliveries: 0 };

  /** Claims one obligation for the day, then reaches the owner (and their head when overdue) on their channels. */
  async function remind(customer: Customer, key: string, status: 'due-soon' | 'overdue', message: (to: { id: string; name?: string }, escalation: boolean) => ChannelMessage) {
    const heads = status === 'overdue' ? headsOf(byId.get(customer.ownerId), staff) : [];
    const claimed = await deps.revisits.claimReminder(day, customer.id, key, { status, ownerId: customer.ownerId, heads: heads.map((h) => h.id) }, at);
    if (!claimed) {
      summary.alreadyToday++;
      return;
    }
    const owner = byId.get(customer.ownerId);
    const messages: ChannelMessage[] = [
      message({ id: customer.ownerId, ...(owner ? { name: owner.name } : {}) }, false),
      ...heads.filter((h) => h.id !== customer.ownerId).map((h) => message(h, true)),
    ];
    const outcomes = await delivery.send(messages);
    await deps.revisits.recordDeliveries(day, customer.id, key, outcomes);
    summary.reminded++;
    if (messages.length > 1) summary.escalated++;
    summary.failedDeliveries += outcomes.filter((d) => !d.ok).length;
  }

  await source(async (customers) => {
    summary.customers += customers.length;
    await forEachLimited(customers, 8, async (customer) => {
      for (const kind of periodKinds) {
        const { current, previous } = await customerObligations(deps, customer, kind, now, now, reminders.leadDays[kind], settingsAt);
        const todo = [
          ...current.filter((o) => o.status === 'due-soon'),
          ...previous.filter((o) => o.status === 'overdue' && now.getTime() - Date.parse(o.period.end) < reminders.escalateDays * dayMs),
        ];
        for (const o of todo) {
          await remind(customer, o.key, o.status as 'due-soon' | 'overdue', (to, escalation) => revisitReminder(customer, o, to, day, at, escalation));
        }
      }
      for (const plan of plansOf.get(customer.id) ?? []) {
        const window = planWindow(plan)!;
        const revisits = await deps.revisits.between(customer.id, window.start, window.end);
        const items = planRevisits({ ...plan, customers: plan.customers.filter((c) => c.id === customer.id) }, revisits, now, reminders.planLeadDays);
        for (const item of planItemsToRemind(items, now, reminders.escalateDays)) {
          await remind(customer, planObligationKey(plan.id), item.status as 'due-soon' | 'overdue', (to, escalation) =>
            planRevisitReminder(customer, item, to, day, at, escalation),
          );
        }
      }
    });
  });
  return summary;
}

/**
 * The approved temporary plans that can need a message today, by customer: one Query of the unit index per
 * unit, once per run. The customer's record as the job visits it decides who is told (the plan keeps only
 * a snapshot of the owner), and a customer removed since is not visited at all.
 */
async function approvedPlansByCustomer(deps: RevisitDeps, day: string, escalateDays: number): Promise<Map<string, TemporaryPlan[]>> {
  const { from, to } = planReminderRange(day, escalateDays);
  const plans = (await Promise.all((await deps.units.codes()).map((u) => deps.temporaryPlans.approvedBetween(u, from, to)))).flat();
  const out = new Map<string, TemporaryPlan[]>();
  for (const plan of plans) for (const c of plan.customers) out.set(c.id, [...(out.get(c.id) ?? []), plan]);
  return out;
}

/** The owner's head: the head role of the owner's department (unit head of the same unit; Sales head for Sales). */
function headsOf(owner: Staff | undefined, staff: Staff[]): Staff[] {
  if (!owner) return staff.filter((s) => s.role === 'sales-head');
  const department = departmentOf(owner);
  const role = headRoleOf(department);
  return staff.filter((s) => s.role === role && departmentOf(s) === department);
}
