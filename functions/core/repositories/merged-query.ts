import { createHash } from 'node:crypto';
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { compareKeys } from '#shared/search-text';
import { table, type IndexName } from '#shared/table';
import { DomainError } from '../errors';

/** One partition (of an index, or of the table itself) read in sort-key order, optionally within a sort-key range. */
export interface StreamSpec {
  index?: IndexName;
  pk: string;
  /** Only sort keys from `from` to `to`, both inclusive. */
  range?: { from: string; to: string };
  /**
   * Every item of the partition passes the request's filter by its key alone (a name search for exactly
   * the bigram whose entries these are), so this stream is read without the filter and a page at a time
   * rather than in the large pages a filter that may drop most items needs.
   */
  passesFilter?: boolean;
}

export interface ServerFilter {
  expression: string;
  names: Record<string, string>;
  values: Record<string, unknown>;
}

export interface MergedQuerySpec {
  /** Partitions whose sort keys share one order (e.g. `<name>#<id>`) and never collide (they end in an id). */
  streams: StreamSpec[];
  descending: boolean;
  filter?: ServerFilter;
}

export interface Entry {
  item: Record<string, unknown>;
  /** The item's sort key in its stream: its position in the merged order. */
  sk: string;
}

/** Query calls (and lookups) one request may spend before it answers with what it has and a cursor. */
export class ReadBudget {
  constructor(private left: number) {}
  take(n = 1): boolean {
    if (this.left < n) return false;
    this.left -= n;
    return true;
  }
  get remaining(): number {
    return this.left;
  }
}

/** The range of sort keys starting with `prefix` (which ends in `#`), for `StreamSpec.range`. */
export function prefixRange(prefix: string): { from: string; to: string } {
  const last = prefix.charCodeAt(prefix.length - 1);
  return { from: prefix, to: prefix.slice(0, -1) + String.fromCharCode(last + 1) };
}

/**
 * A page cursor of a merged read: where the merged order got to (`after`, a sort key; everything up to
 * it was returned or filtered out) and a digest of the partitions and order it belongs to. A cursor
 * is accepted only by the same partitions in the same order, so it can never steer a read elsewhere
 * (a unit user's partitions come from their token, never from the cursor).
 */
export function viewDigest(spec: MergedQuerySpec, kind: string): string {
  const streams = spec.streams.map((s) => [s.index ?? '', s.pk, s.range?.from ?? '', s.range?.to ?? '']);
  return createHash('sha256').update(JSON.stringify([kind, spec.descending, streams])).digest('base64url').slice(0, 16);
}

export function encodeMergedCursor(view: string, after: string): string {
  return Buffer.from(JSON.stringify({ v: view, a: after })).toString('base64url');
}

export function decodeMergedCursor(cursor: string, view: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new DomainError('invalid', 'invalid_cursor');
  }
  const c = parsed as { v?: unknown; a?: unknown } | null;
  if (!c || typeof c !== 'object' || c.v !== view || typeof c.a !== 'string' || !c.a) throw new DomainError('invalid', 'invalid_cursor');
  return c.a;
}

interface Stream {
  spec: StreamSpec;
  skAttr: string;
  pkAttr: string;
  /** The sort-key condition of every read of this request (continuations keep it, with ExclusiveStartKey). */
  condition: { expression?: string; values: Record<string, string>; skip?: string };
  buffer: Entry[];
  /** Sort key up to which this stream has been read (undefined: from the very start). */
  frontier: string | undefined;
  startKey: Record<string, unknown> | undefined;
  done: boolean;
}

/**
 * Reads several partitions as one list in sort-key order: a k-way merge. The all-customers view
 * merges the units' partitions, so a unit user's read touches its own unit's partition only. Entries
 * come out one at a time; pages are read lazily, all empty partitions at once (one round trip), and
 * each Query call spends one unit of the budget. With a filter, a stream may read pages that yield
 * nothing; `resumeAfter` then says how far the merged order is known to be done.
 */
export class MergedReader {
  private readonly streams: Stream[];
  private readonly dir: 1 | -1;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly spec: MergedQuerySpec,
    after: string | undefined,
    private readonly budget: ReadBudget,
    /** Items per Query call for the next read of a stream read with (or without) the filter. */
    private readonly pageSize: (filtered: boolean) => number,
  ) {
    this.dir = spec.descending ? -1 : 1;
    this.streams = spec.streams.map((s) => {
      const index = s.index ? table.indexes.find((i) => i.name === s.index)! : undefined;
      if (after !== undefined && s.range && (compareKeys(after, s.range.from) < 0 || compareKeys(after, s.range.to) > 0)) {
        throw new DomainError('invalid', 'invalid_cursor');
      }
      return {
        spec: s,
        pkAttr: index?.partitionKey ?? table.partitionKey,
        skAttr: index?.sortKey ?? table.sortKey,
        condition: sortKeyCondition(s.range, after, spec.descending),
        buffer: [],
        frontier: after,
        startKey: undefined,
        done: false,
      };
    });
  }

  /** The next entry in merged order; 'end' when every partition is read; 'budget' when the read budget is spent. */
  async next(): Promise<Entry | 'end' | 'budget'> {
    for (;;) {
      const lowest = this.lowest();
      if (!lowest) return 'end';
      const head = lowest.buffer.shift();
      if (head) return head;
      // The lowest position is a partition with nothing buffered: read every such partition now.
      const empty = this.streams.filter((s) => !s.done && s.buffer.length === 0);
      const toRead = this.budget.take(empty.length) ? empty : this.budget.take(1) ? [lowest] : undefined;
      if (!toRead) return 'budget';
      await Promise.all(toRead.map((s) => this.read(s)));
    }
  }

  /** More may follow: some partition has buffered entries or is not read to its end. */
  hasMore(): boolean {
    return this.streams.some((s) => s.buffer.length > 0 || !s.done);
  }

  /**
   * After 'budget': the sort key up to which the merged order is done (all earlier entries were handed
   * out or filtered away), to resume from. It is the frontier of the partition that needed reading,
   * which every handed-out entry precedes.
   */
  resumeAfter(): string | undefined {
    return this.lowest()?.frontier;
  }

  /** The partition whose next position comes first (a buffered head, or how far it has been read). */
  private lowest(): Stream | undefined {
    let best: Stream | undefined;
    let bestPos: string | undefined;
    for (const s of this.streams) {
      if (s.done && s.buffer.length === 0) continue;
      const pos = s.buffer[0]?.sk ?? s.frontier;
      if (!best || this.before(pos, bestPos)) {
        best = s;
        bestPos = pos;
      }
    }
    return best;
  }

  /** Position `a` comes before `b` in read order; undefined is the start, before everything. */
  private before(a: string | undefined, b: string | undefined): boolean {
    if (a === undefined) return b !== undefined;
    if (b === undefined) return false;
    return compareKeys(a, b) * this.dir < 0;
  }

  private async read(s: Stream): Promise<void> {
    const { expression, values: skValues, skip } = s.condition;
    const filter = s.spec.passesFilter ? undefined : this.spec.filter;
    const names: Record<string, string> = { '#pk': s.pkAttr, ...(expression ? { '#sk': s.skAttr } : {}), ...filter?.names };
    const values: Record<string, unknown> = { ':pk': s.spec.pk, ...skValues, ...filter?.values };
    const condition = expression ? `#pk = :pk AND ${expression}` : '#pk = :pk';
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        IndexName: s.spec.index,
        KeyConditionExpression: condition,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(filter ? { FilterExpression: filter.expression } : {}),
        ScanIndexForward: !this.spec.descending,
        ExclusiveStartKey: s.startKey,
        Limit: this.pageSize(!!filter),
      }),
    );
    for (const item of out.Items ?? []) {
      const sk = String(item[s.skAttr]);
      if (sk !== skip) s.buffer.push({ item, sk });
    }
    s.startKey = out.LastEvaluatedKey;
    s.done = !out.LastEvaluatedKey;
    if (out.LastEvaluatedKey) s.frontier = String(out.LastEvaluatedKey[s.skAttr]);
    else if (s.buffer.length) s.frontier = s.buffer.at(-1)!.sk;
  }
}

/**
 * The sort-key condition of a stream for one request: its range, and past the cursor position `after`
 * (`> after`, or `< after` descending). Within a range too, BETWEEN with the cursor as the inclusive bound
 * and that one item skipped, since a key condition takes one sort-key clause and BETWEEN is inclusive.
 */
function sortKeyCondition(
  range: StreamSpec['range'],
  after: string | undefined,
  descending: boolean,
): { expression?: string; values: Record<string, string>; skip?: string } {
  if (after === undefined) {
    return range ? { expression: '#sk BETWEEN :skFrom AND :skTo', values: { ':skFrom': range.from, ':skTo': range.to } } : { values: {} };
  }
  if (!range) return { expression: descending ? '#sk < :after' : '#sk > :after', values: { ':after': after } };
  return {
    expression: '#sk BETWEEN :skFrom AND :skTo',
    values: descending ? { ':skFrom': range.from, ':skTo': after } : { ':skFrom': after, ':skTo': range.to },
    skip: after,
  };
}
