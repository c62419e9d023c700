import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { formatFen } from '#shared/money';
import { translate, type MessageCode } from '#shared/messages';
import type { OverdueRow } from '#shared/orders/overdue';
import { daysUntilDue, dueSoonUntil, escalated, escalationRecipients, receivableReminderTiming } from '#shared/orders/receivable-reminders';
import type { Notification } from '#shared/schemas/notification.schema';
import { keys } from '#core/keys';
import { notificationPut } from '#core/notifications';
import type { ReceivableRepository } from '#core/repositories/receivable.repository';
import type { StaffRepository } from '#core/repositories/staff.repository';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { failedConditions } from '#core/repositories/transaction-errors';
import { listOverdue, type OverdueDeps } from './list-overdue';

export interface OverdueReminderDeps extends OverdueDeps {
  receivables: Pick<ReceivableRepository, 'overdue' | 'dueBetween'>;
  /** Who the Sales heads are (escalation). */
  staff: Pick<StaffRepository, 'list'>;
  /** Each unit's named heads (escalation). */
  units: Pick<UnitRepository, 'list'>;
  client: DynamoDBDocumentClient;
  tableName: string;
  newId: () => string;
}

interface Sent {
  reminded: number;
  alreadyReminded: number;
}

export interface OverdueReminderSummary extends Sent {
  date: string;
  orders: number;
  owners: number;
  /** Owners reminded of money falling due within `receivableReminderTiming.dueSoonDays`. */
  dueSoon: Sent & { orders: number; owners: number };
  /** Heads told of money overdue longer than `receivableReminderTiming.escalateAfterDays`. */
  escalated: Sent & { orders: number; recipients: number };
}

/** A notice about some orders, claimed once per recipient per Shanghai day under `claim`. */
interface Reminder {
  claim: string;
  recipientId: string;
  orders: number;
  notice: Notification;
}

/**
 * The daily 回款 reminder (R11, reminded like revisits), with its timing in shared/orders/receivable-reminders.ts:
 * 1. the company's overdue orders, as the list shows them (current owner of each customer): one notice per owner
 *    with their count, sum and oldest order;
 * 2. orders owing money that fall due within the next days: one notice per owner, so they collect before it is late;
 * 3. money overdue longer than the escalation threshold: one notice to each Sales head (all of it) and to each
 *    unit's named heads (their unit's);
 * each through the notice service (also on the channels the person chose for "回款提醒"), at most once per
 * recipient and kind per Shanghai day however often the job runs (a claim item in the same transaction).
 */
export async function remindOverdueReceivables(deps: OverdueReminderDeps): Promise<OverdueReminderSummary> {
  const list = await listOverdue(deps, {});
  const today = list.today;
  const createdAt = deps.now().toISOString();
  const [soon, staff, units] = await Promise.all([dueSoon(deps, today), deps.staff.list(), deps.units.list()]);

  const overdueByOwner = groupBy(list.items, (r) => r.ownerId);
  const overdue = await sendAll(deps, today, [...overdueByOwner].map(([ownerId, rows]) => ({ claim: ownerId, recipientId: ownerId, orders: rows.length, notice: overdueNotice(deps.newId(), ownerId, rows, createdAt) })));

  const soonByOwner = groupBy(soon, (r) => r.ownerId);
  const dueSoonSent = await sendAll(deps, today, [...soonByOwner].map(([ownerId, rows]) => ({ claim: `soon#${ownerId}`, recipientId: ownerId, orders: rows.length, notice: dueSoonNotice(deps.newId(), ownerId, rows, today, createdAt) })));

  const late = escalated(list.items);
  const salesHeads = staff.filter((s) => s.role === 'sales-head' && s.status !== 'disabled').map((s) => s.id);
  const headsOf = new Map(units.map((u) => [u.code, u.heads]));
  const recipients = escalationRecipients(late, salesHeads, (unitId) => headsOf.get(unitId) ?? []);
  const escalatedSent = await sendAll(deps, today, [...recipients].map(([recipientId, rows]) => ({ claim: `escalate#${recipientId}`, recipientId, orders: rows.length, notice: escalationNotice(deps.newId(), recipientId, rows, createdAt) })));

  return {
    date: today,
    orders: list.items.length,
    owners: overdueByOwner.size,
    ...overdue,
    dueSoon: { orders: soon.length, owners: soonByOwner.size, ...dueSoonSent },
    escalated: { orders: late.length, recipients: recipients.size, ...escalatedSent },
  };
}

interface DueSoonRow {
  customerId: string;
  customerName: string;
  ownerId: string;
  orderId: string;
  paymentDueDate: string;
  receivableFen: number;
}

/** Live customers' orders owing money due from today to `dueSoonDays` ahead, soonest first (current owner). */
async function dueSoon(deps: OverdueReminderDeps, today: string): Promise<DueSoonRow[]> {
  const { items } = await deps.receivables.dueBetween(today, dueSoonUntil(today));
  const customers = new Map((await deps.batch.getMany(items.map((r) => r.customerId))).map((c) => [c.id, c]));
  return items.flatMap((r) => {
    const c = customers.get(r.customerId);
    return c && !c.deletedAt ? [{ customerId: c.id, customerName: c.name, ownerId: c.ownerId, orderId: r.orderId, paymentDueDate: r.paymentDueDate!, receivableFen: r.receivableFen }] : [];
  });
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) out.set(key(row), [...(out.get(key(row)) ?? []), row]);
  return out;
}

async function sendAll(deps: OverdueReminderDeps, date: string, reminders: Reminder[]): Promise<Sent> {
  const sent: Sent = { reminded: 0, alreadyReminded: 0 };
  for (const r of reminders) {
    try {
      await deps.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: deps.tableName,
                Item: { ...keys.overdueReminder(date, r.claim), type: 'overdue-reminder', recipientId: r.recipientId, kind: r.notice.kind, date, orders: r.orders, claimedAt: r.notice.createdAt },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            notificationPut(deps.tableName, r.notice, `${r.notice.kind}#${date}`),
          ],
        }),
      );
      sent.reminded++;
    } catch (error) {
      if (!failedConditions(error)?.some(Boolean)) throw error;
      sent.alreadyReminded++;
    }
  }
  return sent;
}

const yuan = (fen: number) => `¥${formatFen(fen)}`;
const both = (code: MessageCode, params: Record<string, string>) => ({ 'zh-CN': translate(code, 'zh-CN', params), en: translate(code, 'en', params) });

/** The owner's notice: how many orders, how much, and the oldest (rows come most urgent first). */
function overdueNotice(id: string, ownerId: string, rows: OverdueRow[], createdAt: string): Notification {
  const oldest = rows[0]!;
  const params = { orders: String(rows.length), amount: yuan(rows.reduce((sum, r) => sum + r.overdueFen, 0)), days: String(oldest.daysOverdue), customer: oldest.customerName, orderId: oldest.orderId };
  return {
    id,
    recipientId: ownerId,
    kind: 'receivable-overdue',
    title: both('notice.receivableOverdue.title', params),
    body: both('notice.receivableOverdue.body', params),
    link: `/receivables/overdue?ownerId=${encodeURIComponent(ownerId)}`,
    createdAt,
  };
}

/** The owner's notice of money soon due: how many orders, how much, and the soonest (rows come soonest first). */
function dueSoonNotice(id: string, ownerId: string, rows: DueSoonRow[], today: string, createdAt: string): Notification {
  const soonest = rows[0]!;
  const params = {
    orders: String(rows.length),
    amount: yuan(rows.reduce((sum, r) => sum + r.receivableFen, 0)),
    within: String(receivableReminderTiming.dueSoonDays),
    due: soonest.paymentDueDate,
    days: String(daysUntilDue(soonest.paymentDueDate, today)),
    customer: soonest.customerName,
    orderId: soonest.orderId,
  };
  return {
    id,
    recipientId: ownerId,
    kind: 'receivable-due-soon',
    title: both('notice.receivableDueSoon.title', params),
    body: both('notice.receivableDueSoon.body', params),
    // No list of money soon due exists: the soonest order's customer, whose page shows its orders and receivable.
    link: `/customers/${encodeURIComponent(soonest.customerId)}`,
    createdAt,
  };
}

/** A head's notice: the orders overdue past the threshold they answer for, with the oldest. */
function escalationNotice(id: string, recipientId: string, rows: OverdueRow[], createdAt: string): Notification {
  const oldest = rows[0]!;
  const params = {
    orders: String(rows.length),
    amount: yuan(rows.reduce((sum, r) => sum + r.overdueFen, 0)),
    after: String(receivableReminderTiming.escalateAfterDays),
    days: String(oldest.daysOverdue),
    customer: oldest.customerName,
    orderId: oldest.orderId,
  };
  const units = [...new Set(rows.map((r) => r.unitId))];
  return {
    id,
    recipientId,
    kind: 'receivable-escalation',
    title: both('notice.receivableEscalation.title', params),
    body: both('notice.receivableEscalation.body', params),
    link: units.length === 1 ? `/receivables/overdue?unitId=${encodeURIComponent(units[0]!)}` : '/receivables/overdue',
    createdAt,
  };
}
