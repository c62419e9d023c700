import { periodKinds } from '#shared/revisits/periods';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Staff } from '#shared/schemas/staff.schema';
import { departmentOf, headRoleOf } from '#shared/service/departments';
import { shanghaiDate } from '#shared/shanghai-time';
import type { ChannelMessage } from '#core/channels/channel-sender';
import { forEachLimited } from '#core/concurrency';
import type { RevisitDeps } from '../deps';
import { revisitReminder } from '../notices';
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
 * 4. each obligation is claimed for the Shanghai day before anything is sent, so a second run that day
 *    sends nothing; then each recipient is reached on the channels they chose (the inbox always), every
 *    channel on its own, and what each did is recorded on the claim.
 * The frequency rules are the settings in force when the run starts.
 */
export async function remindRevisits(deps: RevisitDeps, source: CustomerSource): Promise<ReminderSummary> {
  const now = deps.now();
  const at = now.toISOString();
  const day = shanghaiDate(now);
  const staff = await deps.staff.list();
  const byId = new Map(staff.map((s) => [s.id, s]));
  const rules = (await deps.settings.get()).settings.rules;
  const delivery = deps.delivery();
  const summary: ReminderSummary = { customers: 0, reminded: 0, escalated: 0, alreadyToday: 0, failedDeliveries: 0 };

  await source(async (customers) => {
    summary.customers += customers.length;
    await forEachLimited(customers, 8, async (customer) => {
      for (const kind of periodKinds) {
        const { current, previous } = await customerObligations(deps, customer, kind, now, now, deps.reminders.leadDays[kind], rules);
        const todo = [
          ...current.filter((o) => o.status === 'due-soon'),
          ...previous.filter((o) => o.status === 'overdue' && now.getTime() - Date.parse(o.period.end) < deps.reminders.escalateDays * dayMs),
        ];
        for (const o of todo) {
          const overdue = o.status === 'overdue';
          const heads = overdue ? headsOf(byId.get(customer.ownerId), staff) : [];
          const claimed = await deps.revisits.claimReminder(day, customer.id, o.key, { status: o.status, ownerId: customer.ownerId, heads: heads.map((h) => h.id) }, at);
          if (!claimed) {
            summary.alreadyToday++;
            continue;
          }
          const owner = byId.get(customer.ownerId);
          const messages: ChannelMessage[] = [
            revisitReminder(customer, o, { id: customer.ownerId, ...(owner ? { name: owner.name } : {}) }, day, at, false),
            ...heads.filter((h) => h.id !== customer.ownerId).map((h) => revisitReminder(customer, o, h, day, at, true)),
          ];
          const outcomes = await delivery.send(messages);
          await deps.revisits.recordDeliveries(day, customer.id, o.key, outcomes);
          summary.reminded++;
          if (messages.length > 1) summary.escalated++;
          summary.failedDeliveries += outcomes.filter((d) => !d.ok).length;
        }
      }
    });
  });
  return summary;
}

/** The owner's head: the head role of the owner's department (unit head of the same unit; Sales head for Sales). */
function headsOf(owner: Staff | undefined, staff: Staff[]): Staff[] {
  if (!owner) return staff.filter((s) => s.role === 'sales-head');
  const department = departmentOf(owner);
  const role = headRoleOf(department);
  return staff.filter((s) => s.role === role && departmentOf(s) === department);
}
