import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { salesTargetChangeSchema, salesTargetSchema, type SalesTarget, type SalesTargetChange, type TargetKind } from '#shared/schemas/sales-target.schema';
import { keys, withoutKeys } from '../keys';
import { putVersioned } from './versioned-write';

/** Sales targets per year, unit and person (第五条〔一〕), each with an append-only history of its versions. */
export class SalesTargetRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** One target; undefined while none is set for the year. */
  async get(year: number, kind: TargetKind, subjectId: string): Promise<SalesTarget | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.salesTarget(year, kind, subjectId), ConsistentRead: true }));
    return out.Item ? salesTargetSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Every target of a year (units and people of one company: a few hundred at most, one partition). */
  async list(year: number): Promise<SalesTarget[]> {
    const items: SalesTarget[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :t)',
          ExpressionAttributeValues: { ':pk': keys.salesTarget(year, 'unit', '').PK, ':t': keys.salesTargetPrefix },
          ExclusiveStartKey: startKey,
        }),
      );
      for (const i of out.Items ?? []) items.push(salesTargetSchema.parse(withoutKeys(i)));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  /**
   * Writes the next version if the target is still at `previousVersion` (0: none yet; else 412), with its
   * history entry in the same transaction, so no version lands without its entry.
   */
  async put(target: SalesTarget, previousVersion: number, change: SalesTargetChange): Promise<void> {
    const item = salesTargetSchema.parse(target);
    const entry = salesTargetChangeSchema.parse(change);
    await putVersioned(this.client, this.tableName, { ...keys.salesTarget(item.year, item.kind, item.subjectId), type: 'sales-target', ...item }, previousVersion, [], [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.salesTargetChange(entry.year, entry.kind, entry.subjectId, entry.version), type: 'sales-target-change', ...entry },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ]);
  }

  /** A target's changes, newest first (a target changes a few times a year; the last 100 are plenty). */
  async history(year: number, kind: TargetKind, subjectId: string): Promise<SalesTargetChange[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': keys.salesTarget(year, kind, subjectId).PK, ':h': keys.salesTargetChangePrefix(kind, subjectId) },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (out.Items ?? []).map((i) => salesTargetChangeSchema.parse(withoutKeys(i)));
  }
}
