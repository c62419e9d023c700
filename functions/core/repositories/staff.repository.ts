import {
  GetCommand,
  PutCommand,
  TransactWriteCommand,
  type DynamoDBDocumentClient,
  type TransactWriteCommandInput,
} from '@aws-sdk/lib-dynamodb';
import type { Notification } from '#shared/schemas/notification.schema';
import { staffSchema, staffVersion, type Staff, type StaffInput } from '#shared/schemas/staff.schema';
import type { UserHistoryEntry } from '#shared/schemas/user.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { notificationPut } from '../notifications';
import { queryPartition } from './query-pages';
import { failedConditions } from './transaction-errors';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/**
 * The staff directory: who can own customers, with role, unit and account status, keyed by Cognito
 * username. Changes made by administrators (functions/users) land together with their history entry and
 * notices; a lower-case login guard keeps usernames unique ignoring case.
 */
export class StaffRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Staff | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.staff(id) }));
    return out.Item ? staffSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** The username that holds `username`'s lower-case form, if any (it may differ in case). */
  async loginHolder(username: string): Promise<string | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.staffLogin(username) }));
    return typeof out.Item?.username === 'string' ? out.Item.username : undefined;
  }

  /** Creates or refreshes a directory entry without conditions (test fixtures only; the app goes through functions/users). */
  async put(staff: StaffInput): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: this.item(staffSchema.parse(staff)) }));
  }

  /** Everyone of a unit, or everyone, in name order. A company's staff fits in a few pages. */
  async list(unitId?: string): Promise<Staff[]> {
    const partition = unitId ? keys.staffPartitions.unit(unitId) : keys.staffPartitions.all();
    const all: Staff[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, { ...partition, limit: 100, cursor });
      all.push(...page.items.map((i) => staffSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  /**
   * Step 1 of creating a user: the entry as `pending` and its login guard. Refused (409 `user.taken`) when
   * the username, in any case, belongs to someone else; a pending entry of the same username is taken
   * over, so creating again completes a creation that failed half-way.
   */
  async reservePending(staff: Staff): Promise<void> {
    await this.transact(
      [
        {
          Put: {
            TableName: this.tableName,
            Item: this.item(staff),
            ConditionExpression: 'attribute_not_exists(PK) OR #status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          },
        },
        this.guardPut(staff.id),
      ],
      () => new DomainError('conflict', 'user.taken'),
    );
  }

  /** Undoes `reservePending` when the Cognito side failed: the entry (still pending) and its guard go. */
  async releasePending(username: string): Promise<void> {
    await this.transact(
      [
        {
          Delete: {
            TableName: this.tableName,
            Key: keys.staff(username),
            ConditionExpression: '#status = :pending',
            ExpressionAttributeNames: { '#status': 'status' },
            ExpressionAttributeValues: { ':pending': 'pending' },
          },
        },
        { Delete: { TableName: this.tableName, Key: keys.staffLogin(username), ConditionExpression: 'username = :u', ExpressionAttributeValues: { ':u': username } } },
      ],
      () => new DomainError('conflict', 'conflict'),
    );
  }

  /** A pool-only account (made in the console) enters the directory: entry, guard and history together. */
  async adopt(staff: Staff, entry: UserHistoryEntry): Promise<void> {
    await this.transact(
      [
        { Put: { TableName: this.tableName, Item: this.item(staff), ConditionExpression: 'attribute_not_exists(PK)' } },
        this.guardPut(staff.id),
        historyPut(this.tableName, entry),
      ],
      () => new DomainError('conflict', 'user.taken'),
    );
  }

  /**
   * Replaces an entry read at `before.version` (a pending one at any version), with its history entry and
   * the notices the change sends, in one transaction: 412 when someone changed it in between.
   */
  async replace(before: Staff, after: Staff, entry: UserHistoryEntry, notices: Notification[] = []): Promise<void> {
    const condition =
      before.status === 'pending'
        ? { ConditionExpression: '#status = :pending', ExpressionAttributeNames: { '#status': 'status' }, ExpressionAttributeValues: { ':pending': 'pending' } }
        : staffVersion(before) === 0
          ? { ConditionExpression: 'attribute_exists(PK) AND attribute_not_exists(version) OR version = :v', ExpressionAttributeValues: { ':v': 0 } }
          : { ConditionExpression: 'version = :v', ExpressionAttributeValues: { ':v': staffVersion(before) } };
    await this.transact(
      [
        { Put: { TableName: this.tableName, Item: this.item(after), ...condition } },
        historyPut(this.tableName, entry),
        ...notices.map((n) => notificationPut(this.tableName, n)),
      ],
      () => new DomainError('precondition_failed', 'precondition_failed'),
    );
  }

  private item(staff: Staff) {
    return { ...keys.staff(staff.id), ...keys.staffIndexes(staff), type: 'staff', ...staff };
  }

  private guardPut(username: string): TransactItem {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.staffLogin(username), type: 'staff-login', username },
        ConditionExpression: 'attribute_not_exists(PK) OR username = :u',
        ExpressionAttributeValues: { ':u': username },
      },
    };
  }

  private async transact(items: TransactItem[], onCondition: () => DomainError): Promise<void> {
    try {
      await this.client.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (error) {
      if (failedConditions(error)?.some(Boolean)) throw onCondition();
      throw error;
    }
  }
}

/** The Put of a history entry, for the transaction of the change it records. */
export function historyPut(tableName: string, entry: UserHistoryEntry): TransactItem {
  return {
    Put: {
      TableName: tableName,
      Item: { ...keys.userHistory(entry.username, entry.at, entry.id), ...keys.userHistoryIndexes(entry), type: 'user-history', ...entry },
      ConditionExpression: 'attribute_not_exists(PK)',
    },
  };
}
