import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { userHistoryEntrySchema, type UserHistoryEntry } from '#shared/schemas/user.schema';
import { keys, withoutKeys } from '../keys';
import { queryPartition, type SortKeyCondition } from './query-pages';

/**
 * Reads the history of changes to people (issue 11). Entries are written only in the transactions of
 * StaffRepository, with the change they record.
 */
export class UserHistoryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** One person's changes, newest first (a person has few: one page of 100 holds years of them). */
  async of(username: string): Promise<UserHistoryEntry[]> {
    const { items } = await queryPartition(this.client, this.tableName, {
      pk: keys.staff(username).PK,
      sortKey: { beginsWith: keys.userHistoryPrefix },
      newestFirst: true,
      limit: 100,
    });
    return items.map((i) => userHistoryEntrySchema.parse(withoutKeys(i)));
  }

  /**
   * Everyone's changes between two instants, newest first, narrowed by a filter on the text of who and
   * whom (GSI3 `STAFFHIST`, one partition in time order; the filter reads at most a few pages per call).
   */
  async search(q: { from?: string; before?: string; text?: string; action?: string; limit: number; cursor?: string }) {
    const sortKey: SortKeyCondition | undefined = q.from || q.before ? { from: q.from, before: q.before } : undefined;
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (q.text) {
      conditions.push('(contains(#username, :text) OR contains(#name, :text) OR contains(#by.#id, :text) OR contains(#by.#byName, :text))');
      Object.assign(names, { '#username': 'username', '#name': 'name', '#by': 'by', '#id': 'id', '#byName': 'name' });
      values[':text'] = q.text;
    }
    if (q.action) {
      conditions.push('#action = :action');
      names['#action'] = 'action';
      values[':action'] = q.action;
    }
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...keys.userHistoryPartitions.all(),
      ...(sortKey ? { sortKey } : {}),
      newestFirst: true,
      ...(conditions.length ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
      limit: q.limit,
      cursor: q.cursor,
      maxPages: 5,
    });
    return { items: items.map((i) => userHistoryEntrySchema.parse(withoutKeys(i))), nextCursor };
  }
}
