import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { table } from '#shared/table';
import { keys } from '../keys';

export interface NamedCustomer {
  id: string;
  name: string;
  unitId: string;
}

/**
 * Live customers whose name starts with a prefix (or with one that reads the same in pinyin: the index
 * is in pinyin order, functions/core/keys.ts): one Query of the name-sorted all-customers index, reading
 * only id, name and unit. An import compares thousands of names with the archive; this is the cheap
 * candidate lookup for that (a single create uses the full search, find-similar-customers.ts).
 */
export class CustomerNameRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async startingWith(prefix: string, limit = 50): Promise<NamedCustomer[]> {
    const partition = keys.customerPartitions.all();
    const index = table.indexes.find((i) => i.name === partition.index)!;
    const range = keys.customerNamePrefix(prefix);
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
        ExpressionAttributeNames: { '#pk': index.partitionKey, '#sk': index.sortKey, '#name': 'name', '#id': 'id', '#unit': 'unitId' },
        ExpressionAttributeValues: { ':pk': partition.pk, ':from': range.from, ':to': range.to },
        ProjectionExpression: '#id, #name, #unit',
        Limit: limit,
      }),
    );
    return (out.Items ?? []).map((i) => ({ id: String(i.id), name: String(i.name), unitId: String(i.unitId) }));
  }
}
