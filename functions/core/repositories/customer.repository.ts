import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer, type Tier } from '#shared/schemas/customer.schema';
import type { CustomerHistoryEntry } from '#shared/schemas/customer-history.schema';
import { searchText } from '#shared/search-text';
import { shanghaiDate } from '#shared/shanghai-time';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { historyPut } from './customer-history.repository';
import { searchItemChanges } from './customer-search-items';
import { queryPartition, type PartitionQuery } from './query-pages';
import { failedConditions } from './transaction-errors';
import { versionGuard } from './versioned-write';

export interface CustomerFilters {
  unitId?: string;
  ownerId?: string;
  tier?: Tier;
  nameContains?: string;
}

/**
 * The stored form of a customer: its keys, its index attributes, then the record, plus two attributes
 * derived from it for list filters (dropped when the item is parsed): `searchName`, the name's search
 * form (one-character searches filter on it), and `verifiedOn`, the Shanghai date its freshness counts
 * from (the stale filter compares it with a cutoff date; shared/stale-cutoff.ts).
 */
export function customerItem(c: Customer) {
  return {
    ...keys.customer(c.id),
    ...keys.customerIndexes(c),
    type: 'customer',
    ...c,
    searchName: searchText(c.name),
    verifiedOn: shanghaiDate(c.lastVerifiedAt ?? c.createdAt),
  };
}

export type CustomerPartition = Pick<PartitionQuery, 'index' | 'pk'>;

/** Customers and their credit-code guards. Every write is conditional; every read is parsed. */
export class CustomerRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Customer | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.customer(id) }));
    return out.Item ? customerSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  async findByCreditCode(code: string): Promise<Customer | undefined> {
    const guard = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.creditCode(code) }));
    const id = guard.Item?.customerId;
    return typeof id === 'string' ? this.get(id) : undefined;
  }

  /**
   * Writes a new customer and claims its credit code in one transaction, with its history entry
   * (R2: every change is kept) when given — only the demo seed writes without one.
   */
  async create(customer: Customer, history?: CustomerHistoryEntry): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: this.item(customer), ConditionExpression: 'attribute_not_exists(PK)' } },
            this.claimCode(customer),
            ...(history ? [historyPut(this.tableName, history)] : []),
            // Its search entries land with it (after the items whose positions the error handling reads).
            ...searchItemChanges(this.tableName, undefined, customer),
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.[1]) throw await this.codeTaken(customer.creditCode);
      if (failed?.some(Boolean)) throw new DomainError('conflict', 'conflict');
      throw error;
    }
  }

  /**
   * Replaces `before` with `after` if nobody changed it meanwhile, with its history entry in the same
   * transaction; moves the credit-code claim when the code changed. A restore out of the recycle bin
   * also checks the customer still holds its code, so two live customers can never share one.
   */
  async replace(before: Customer, after: Customer, history?: CustomerHistoryEntry): Promise<void> {
    const codeChanged = before.creditCode !== after.creditCode;
    const restoring = !!before.deletedAt && !after.deletedAt;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: this.item(after),
                ...versionGuard(before.version),
              },
            },
            ...(codeChanged
              ? [
                  this.claimCode(after),
                  {
                    Delete: {
                      TableName: this.tableName,
                      Key: keys.creditCode(before.creditCode),
                      ConditionExpression: 'customerId = :id',
                      ExpressionAttributeValues: { ':id': before.id },
                    },
                  },
                ]
              : []),
            ...(restoring ? [this.codeStillHeld(after)] : []),
            ...(history ? [historyPut(this.tableName, history)] : []),
            // Search entries follow the name, unit, contacts and the recycle bin, in the same transaction.
            ...searchItemChanges(this.tableName, before, after),
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.[0]) throw new DomainError('precondition_failed', 'precondition_failed');
      if ((codeChanged || restoring) && failed?.[1]) throw await this.codeTaken(after.creditCode);
      if (failed?.some(Boolean)) throw new DomainError('conflict', 'conflict');
      throw error;
    }
  }

  /** The recycle bin, most recently deleted first. */
  async listRecycleBin(page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...keys.customerPartitions.recycleBin(),
      ...page,
      newestFirst: true,
    });
    return { items: items.map((i) => customerSchema.parse(withoutKeys(i))), nextCursor };
  }

  async list(partition: CustomerPartition, filters: CustomerFilters, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...partition,
      ...page,
      filter: filterExpression(filters),
    });
    return { items: items.map((i) => customerSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** Every live customer of a partition (a unit's, an owner's), page by page: for reports and jobs, bounded by the company's customers. */
  async all(partition: CustomerPartition, filters: CustomerFilters = {}): Promise<Customer[]> {
    const out: Customer[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.list(partition, filters, { limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  private item(c: Customer) {
    return customerItem(c);
  }

  private claimCode(c: Customer) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.creditCode(c.creditCode), type: 'credit-code', customerId: c.id },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }

  private codeStillHeld(c: Customer) {
    return {
      ConditionCheck: {
        TableName: this.tableName,
        Key: keys.creditCode(c.creditCode),
        ConditionExpression: 'customerId = :id',
        ExpressionAttributeValues: { ':id': c.id },
      },
    };
  }

  /** The code stays claimed while its customer is in the recycle bin; the message then says where it is. */
  private async codeTaken(code: string): Promise<DomainError> {
    const existing = await this.findByCreditCode(code);
    const reason = existing?.deletedAt ? 'credit_code_in_bin' : 'credit_code_taken';
    return new DomainError('conflict', reason, {
      params: { name: existing?.name ?? code },
      fields: { creditCode: reason },
    });
  }
}

function filterExpression(f: CustomerFilters): PartitionQuery['filter'] {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const add = (attr: keyof CustomerFilters, field: string, op: (n: string, v: string) => string) => {
    const value = f[attr];
    if (value === undefined || value === '') return;
    names[`#${attr}`] = field;
    values[`:${attr}`] = value;
    parts.push(op(`#${attr}`, `:${attr}`));
  };
  add('unitId', 'unitId', (n, v) => `${n} = ${v}`);
  add('ownerId', 'ownerId', (n, v) => `${n} = ${v}`);
  add('tier', 'tier', (n, v) => `${n} = ${v}`);
  add('nameContains', 'name', (n, v) => `contains(${n}, ${v})`);
  return parts.length ? { expression: parts.join(' AND '), names, values } : undefined;
}
