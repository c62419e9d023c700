import { PutCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { MonthTotal } from '#shared/retier-plan';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import type { Notification } from '#shared/schemas/notification.schema';
import { tierHistoryEntrySchema, type TierHistoryEntry } from '#shared/schemas/tier-history.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { notificationPut } from '../notifications';
import { customerItem } from './customer.repository';
import { failedConditions } from './transaction-errors';
import { versionGuard } from './versioned-write';

/** Monthly totals, tier history and the atomic write of a re-tiered customer. */
export class TierRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The customer's monthly totals from `from` to `to` ('YYYY-MM'), oldest first. */
  async monthTotals(customerId: string, from: string, to: string): Promise<MonthTotal[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :to',
        ExpressionAttributeValues: {
          ':pk': keys.customer(customerId).PK,
          ':from': keys.monthTotal(customerId, from).SK,
          ':to': keys.monthTotal(customerId, to).SK,
        },
      }),
    );
    return (out.Items ?? []).map((i) => ({ month: String(i.month), amountFen: Number(i.amountFen) }));
  }

  /**
   * The customer and its monthly totals from `from` to `to` in one Query: in the customer's partition
   * `MONTH#…` sorts just before `PROFILE`, so one key range holds both (other kinds in between are skipped).
   */
  async customerWithMonths(customerId: string, from: string, to: string): Promise<{ customer?: Customer; months: MonthTotal[] }> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :from AND :profile',
        ExpressionAttributeValues: {
          ':pk': keys.customer(customerId).PK,
          ':from': keys.monthTotal(customerId, from).SK,
          ':profile': keys.customer(customerId).SK,
        },
      }),
    );
    const items = out.Items ?? [];
    const profile = items.find((i) => i.SK === keys.customer(customerId).SK);
    const toSk = keys.monthTotal(customerId, to).SK;
    const months = items
      .filter((i) => String(i.SK).startsWith(keys.monthTotalPrefix) && String(i.SK) <= toSk)
      .map((i) => ({ month: String(i.month), amountFen: Number(i.amountFen) }));
    return { customer: profile ? customerSchema.parse(withoutKeys(profile)) : undefined, months };
  }

  async history(customerId: string): Promise<TierHistoryEntry[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
        ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':p': keys.tierHistoryPrefix },
        ScanIndexForward: false,
        Limit: 200,
      }),
    );
    return (out.Items ?? []).map((i) => tierHistoryEntrySchema.parse(withoutKeys(i)));
  }

  /**
   * Writes the re-tiered customer, its tier-history entry, the owner's notices and any dependent
   * changes (policies flagged for review) in one transaction,
   * conditional on the version read: all three land or none does. The history key is deterministic
   * per run, so a rerun of the same run can never record the same change twice.
   */
  async saveRetier(
    before: Customer,
    after: Customer,
    entry?: TierHistoryEntry,
    notices: Notification[] = [],
    extra: NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']> = [],
  ): Promise<void> {
    const historyKey = entry ? keys.tierHistory(before.id, entry.at, entry.runId ?? entry.source) : undefined;
    const guard = versionGuard(before.version);
    if (!entry && !notices.length && !extra.length) {
      // Only the amount moved: a single conditional write does (half the cost of a transaction).
      try {
        await this.client.send(new PutCommand({ TableName: this.tableName, Item: customerItem(after), ...guard }));
      } catch (error) {
        if ((error as Error).name === 'ConditionalCheckFailedException') throw new DomainError('precondition_failed', 'precondition_failed');
        throw error;
      }
      return;
    }
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: customerItem(after),
                ...versionGuard(before.version),
              },
            },
            ...(entry && historyKey
              ? [{ Put: { TableName: this.tableName, Item: { ...historyKey, type: 'tier-history', ...entry }, ConditionExpression: 'attribute_not_exists(PK)' } }]
              : []),
            ...notices.map((n) => notificationPut(this.tableName, n)),
            ...extra,
          ],
        }),
      );
    } catch (error) {
      if (failedConditions(error)?.[0]) throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
  }
}

