import { GetCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer, type Tier } from '#shared/schemas/customer.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { queryPartition, type PartitionQuery } from './query-pages';
import { failedConditions } from './transaction-errors';

export interface CustomerFilters {
  unitId?: string;
  ownerId?: string;
  tier?: Tier;
  nameContains?: string;
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

  /** Writes a new customer and claims its credit code in one transaction. */
  async create(customer: Customer): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: this.item(customer), ConditionExpression: 'attribute_not_exists(PK)' } },
            this.claimCode(customer),
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.[1]) throw await this.codeTaken(customer.creditCode);
      if (failed?.[0]) throw new DomainError('conflict', 'conflict');
      throw error;
    }
  }

  /** Replaces `before` with `after` if nobody changed it meanwhile; moves the credit-code claim when it changed. */
  async replace(before: Customer, after: Customer): Promise<void> {
    const codeChanged = before.creditCode !== after.creditCode;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: this.item(after),
                ConditionExpression: '#v = :v',
                ExpressionAttributeNames: { '#v': 'version' },
                ExpressionAttributeValues: { ':v': before.version },
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
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.[0]) throw new DomainError('precondition_failed', 'precondition_failed');
      if (failed?.[1]) throw await this.codeTaken(after.creditCode);
      throw error;
    }
  }

  async list(partition: CustomerPartition, filters: CustomerFilters, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...partition,
      ...page,
      filter: filterExpression(filters),
    });
    return { items: items.map((i) => customerSchema.parse(withoutKeys(i))), nextCursor };
  }

  private item(c: Customer) {
    return { ...keys.customer(c.id), ...keys.customerIndexes(c), type: 'customer', ...c };
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

  private async codeTaken(code: string): Promise<DomainError> {
    const existing = await this.findByCreditCode(code);
    return new DomainError('conflict', 'credit_code_taken', {
      params: { name: existing?.name ?? code },
      fields: { creditCode: 'credit_code_taken' },
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
