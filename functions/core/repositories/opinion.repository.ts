import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { opinionSchema, type Opinion, type OpinionListQuery } from '#shared/schemas/opinion.schema';
import { keys, withoutKeys } from '../keys';
import { countPartition } from './partition-count';
import { queryPartition, type PartitionQuery } from './query-pages';
import type { LinkedWrite } from './service-request.repository';
import { putVersioned, type ChangeNotice } from './versioned-write';

/** The opinions register (第三条〔四〕). Entries are written with their source's own write, conditionally, once. */
export class OpinionRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private item(o: Opinion) {
    return { ...keys.opinion(o.id), ...keys.opinionIndexes(o), type: 'opinion', ...o };
  }

  /** A new entry, to land in the same transaction as the record it comes from. */
  register(o: Opinion): LinkedWrite {
    return { Put: { TableName: this.tableName, Item: this.item(opinionSchema.parse(o)), ConditionExpression: 'attribute_not_exists(PK)' } };
  }

  /** Names the request an opinion (a meeting's feedback) became, in the same transaction as the request. */
  linkRequest(opinionId: string, requestId: string): LinkedWrite {
    return {
      Update: {
        TableName: this.tableName,
        Key: keys.opinion(opinionId),
        UpdateExpression: 'SET #src.serviceRequestId = :rid',
        ConditionExpression: 'attribute_exists(PK)',
        ExpressionAttributeNames: { '#src': 'source' },
        ExpressionAttributeValues: { ':rid': requestId },
      },
    };
  }

  async get(id: string): Promise<Opinion | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.opinion(id) }));
    return out.Item ? opinionSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Replaces `before` with `after` if nobody changed it meanwhile (412 otherwise), with its notices. */
  async replace(before: Opinion, after: Opinion, notices: ChangeNotice[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(after), before.version, notices);
  }

  /**
   * The partition and filter behind a view of the register — one place, so a count (the 工作台's to-do) and
   * the page it links to read the same items: overdue ones and those waiting on a department from the open
   * index (by answer date); a unit's open ones from the unit's open index; else a unit's partition or all.
   * Status and source filter within the partition.
   */
  private view(query: Omit<OpinionListQuery, 'limit' | 'cursor'> & { today: string }): Pick<PartitionQuery, 'index' | 'pk' | 'sortKey' | 'filter'> {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const parts: string[] = [];
    const add = (field: string, path: string, value: unknown) => {
      parts.push(`${path} = :${field}`);
      values[`:${field}`] = value;
    };
    let partition: Pick<PartitionQuery, 'index' | 'pk' | 'sortKey'>;
    if (query.overdue === 'true' || query.waitingOn) {
      partition = { ...keys.opinionPartitions.openByDue(), ...(query.overdue === 'true' ? { sortKey: { before: query.today } } : {}) };
      if (query.unitId) {
        names['#unit'] = 'unitId';
        add('unit', '#unit', query.unitId);
      }
    } else if (query.status === 'open' && query.unitId) {
      partition = keys.opinionPartitions.openOfUnit(query.unitId);
    } else {
      partition = query.unitId ? keys.opinionPartitions.unit(query.unitId) : keys.opinionPartitions.all();
    }
    if (query.waitingOn) {
      names['#passed'] = 'passedTo';
      values[':dept'] = query.waitingOn;
      // Sales collects them: one not passed on yet waits on Sales (shared/opinions waitsOn).
      parts.push(query.waitingOn === 'sales' ? '(attribute_not_exists(#passed) OR #passed = :dept)' : '#passed = :dept');
    }
    if (query.status) {
      names['#status'] = 'status';
      add('status', '#status', query.status);
    }
    if (query.source) {
      names['#src'] = 'source';
      names['#kind'] = 'kind';
      add('source', '#src.#kind', query.source);
    }
    return { ...partition, ...(parts.length ? { filter: { expression: parts.join(' AND '), names, values } } : {}) };
  }

  /** A page of the register, newest first (by answer date for overdue ones and those waiting on a department). */
  async page(query: Omit<OpinionListQuery, 'limit' | 'cursor'> & { today: string }, page: { limit: number; cursor?: string; maxPages?: number }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...this.view(query), newestFirst: true, ...page });
    return { items: items.map((i) => opinionSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** How many entries the same view holds (Select COUNT, nothing else crosses the wire); not the overdue view (a sort-key range). */
  async count(query: Omit<OpinionListQuery, 'limit' | 'cursor' | 'overdue'>): Promise<number> {
    return countPartition(this.client, this.tableName, this.view({ ...query, today: '' }));
  }

  /** Open entries whose answer date is before `today`, oldest date first (the daily overdue check). */
  async overdue(today: string): Promise<Opinion[]> {
    const out: Opinion[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, { ...keys.opinionPartitions.openByDue(), sortKey: { before: today }, limit: 100, ...(cursor ? { cursor } : {}) });
      out.push(...page.items.map((i) => opinionSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  /** How many of a unit's opinions registered before `before` are still unanswered (Select COUNT over the sparse index). */
  async openCount(unitId: string, before: string): Promise<number> {
    let count = 0;
    let startKey: Record<string, unknown> | undefined;
    const p = keys.opinionPartitions.openOfUnit(unitId);
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          IndexName: p.index,
          KeyConditionExpression: 'GSI2PK = :pk AND GSI2SK < :before',
          ExpressionAttributeValues: { ':pk': p.pk, ':before': before },
          Select: 'COUNT',
          ExclusiveStartKey: startKey,
        }),
      );
      count += out.Count ?? 0;
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return count;
  }
}
