import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '../keys';

/**
 * Who still belongs to a unit, counted without reading the items (Select COUNT) on the indexes the lists
 * already use: its live customers (GSI1 `UNIT#<code>`; a customer in the recycle bin has left the index)
 * and its staff (GSI1 `STAFFUNIT#<code>`) not disabled. Asked only when an administrator retires a unit.
 */
export class UnitMembersRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async count(code: string): Promise<{ customers: number; staff: number }> {
    const [customers, staff] = await Promise.all([
      this.countPartition(keys.customerPartitions.unit(code).pk),
      this.countPartition(keys.staffPartitions.unit(code).pk, {
        expression: 'attribute_not_exists(#status) OR #status <> :disabled',
        names: { '#status': 'status' },
        values: { ':disabled': 'disabled' },
      }),
    ]);
    return { customers, staff };
  }

  private async countPartition(
    pk: string,
    filter?: { expression: string; names: Record<string, string>; values: Record<string, unknown> },
  ): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: 'GSI1',
          KeyConditionExpression: 'GSI1PK = :pk',
          ExpressionAttributeValues: { ':pk': pk, ...filter?.values },
          ...(filter ? { FilterExpression: filter.expression, ExpressionAttributeNames: filter.names } : {}),
          Select: 'COUNT',
          ExclusiveStartKey: start,
        }),
      );
      count += out.Count ?? 0;
      start = out.LastEvaluatedKey;
    } while (start);
    return count;
  }
}
