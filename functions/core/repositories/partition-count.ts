import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { table } from '#shared/table';
import type { PartitionQuery } from './query-pages';

/**
 * How many items of one partition (of an index or the table) pass the filter: a Query with `Select: COUNT`,
 * page after page, so nothing but the count crosses the wire. The partitions counted on the 工作台 are
 * each a person's or a small queue's (docs/data-model.md "Home to-dos"), never the whole company's customers.
 */
export async function countPartition(
  client: DynamoDBDocumentClient,
  tableName: string,
  q: Pick<PartitionQuery, 'index' | 'pk' | 'filter'>,
): Promise<number> {
  const index = q.index ? table.indexes.find((i) => i.name === q.index)! : undefined;
  const pkAttr = index?.partitionKey ?? table.partitionKey;
  let count = 0;
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await client.send(
      new QueryCommand({
        TableName: tableName,
        IndexName: index?.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': pkAttr, ...q.filter?.names },
        ExpressionAttributeValues: { ':pk': q.pk, ...q.filter?.values },
        ...(q.filter ? { FilterExpression: q.filter.expression } : {}),
        Select: 'COUNT',
        ExclusiveStartKey: startKey,
      }),
    );
    count += out.Count ?? 0;
    startKey = out.LastEvaluatedKey;
  } while (startKey);
  return count;
}
