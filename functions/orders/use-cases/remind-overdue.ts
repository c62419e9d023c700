import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { formatFen } from '#shared/money';
import { translate, type MessageCode } from '#shared/messages';
import type { OverdueRow } from '#shared/orders/overdue';
import type { Notification } from '#shared/schemas/notification.schema';
import { keys } from '#core/keys';
import { notificationPut } from '#core/notifications';
import { failedConditions } from '#core/repositories/transaction-errors';
import { listOverdue, type OverdueDeps } from './list-overdue';

export interface OverdueReminderDeps extends OverdueDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  newId: () => string;
}

export interface OverdueReminderSummary {
  date: string;
  orders: number;
  owners: number;
  reminded: number;
  alreadyReminded: number;
}

/**
 * The daily overdue-回款 reminder (R11, reminded like revisits):
 * 1. the company's overdue orders, as the list shows them (current owner of each customer);
 * 2. one notice per owner with their count, sum and oldest order — through the notice service, so it also
 *    goes out on the channels the person chose for "逾期回款提醒";
 * 3. at most once per owner per Shanghai day however often the job runs (a claim item in the same transaction).
 */
export async function remindOverdueReceivables(deps: OverdueReminderDeps): Promise<OverdueReminderSummary> {
  const list = await listOverdue(deps, {});
  const byOwner = new Map<string, OverdueRow[]>();
  for (const row of list.items) byOwner.set(row.ownerId, [...(byOwner.get(row.ownerId) ?? []), row]);
  const summary: OverdueReminderSummary = { date: list.today, orders: list.items.length, owners: byOwner.size, reminded: 0, alreadyReminded: 0 };
  const createdAt = deps.now().toISOString();
  for (const [ownerId, rows] of byOwner) {
    const notice = overdueNotice(deps.newId(), ownerId, rows, createdAt);
    try {
      await deps.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: deps.tableName,
                Item: { ...keys.overdueReminder(list.today, ownerId), type: 'overdue-reminder', ownerId, date: list.today, orders: rows.length, claimedAt: createdAt },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            notificationPut(deps.tableName, notice, `receivable-overdue#${list.today}`),
          ],
        }),
      );
      summary.reminded++;
    } catch (error) {
      if (!failedConditions(error)?.some(Boolean)) throw error;
      summary.alreadyReminded++;
    }
  }
  return summary;
}

/** The owner's notice: how many orders, how much, and the oldest (rows come most urgent first). */
function overdueNotice(id: string, ownerId: string, rows: OverdueRow[], createdAt: string): Notification {
  const oldest = rows[0]!;
  const params = {
    orders: String(rows.length),
    amount: `¥${formatFen(rows.reduce((sum, r) => sum + r.overdueFen, 0))}`,
    days: String(oldest.daysOverdue),
    customer: oldest.customerName,
    orderId: oldest.orderId,
  };
  const both = (code: MessageCode) => ({ 'zh-CN': translate(code, 'zh-CN', params), en: translate(code, 'en', params) });
  return {
    id,
    recipientId: ownerId,
    kind: 'receivable-overdue',
    title: both('notice.receivableOverdue.title'),
    body: both('notice.receivableOverdue.body'),
    link: `/receivables/overdue?ownerId=${encodeURIComponent(ownerId)}`,
    createdAt,
  };
}
