import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { keys, withoutKeys } from '../keys';
import {
  MergedReader,
  ReadBudget,
  decodeMergedCursor,
  encodeMergedCursor,
  viewDigest,
  type Entry,
  type MergedQuerySpec,
} from './merged-query';

/**
 * What to read for one list request (functions/customers/use-cases/list-plan.ts decides):
 * - `profiles`: index partitions holding the customers themselves (GSI1–GSI7, projection ALL);
 * - `entries`: search entries (name bigrams, phones) naming customers, which are then fetched by key.
 * `accept` is the whole request's rule, checked on every customer before it is returned; the
 * partitions and the server-side filter only make that cheap. `narrow` says `accept` may refuse
 * many of what the partitions yield (filters the keys do not serve), so reads fetch more at a time.
 */
export interface ListPlan {
  kind: 'profiles' | 'entries';
  query: MergedQuerySpec;
  accept: (c: Customer) => boolean;
  narrow: boolean;
}

/** Query calls one request may spend (beyond one per partition) before answering with a cursor. */
const readBudget = 24;
/** Items per Query call when a filter may drop most of them (bounded by DynamoDB's 1 MB a call anyway). */
const filteredPageSize = 200;
/** BatchGetItem takes at most 100 keys. */
const lookupBatch = 100;

/** Reads customer lists and searches a page at a time; never a Scan. */
export class CustomerFinder {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    /** Smaller values let tests exercise pages cut short by the budget. */
    private readonly limits: { readBudget: number; filteredPageSize: number } = { readBudget, filteredPageSize },
  ) {}

  /**
   * One page of a plan: the merged partitions read in order, each candidate checked with `accept`, until
   * the page is full, the partitions end, or the read budget is spent (then fewer items and a cursor to go
   * on). The cursor is the sort key of the last customer returned (or of how far the reads got), so the
   * next page starts exactly after it: nothing skipped, nothing repeated.
   */
  async page(plan: ListPlan, page: { limit: number; cursor?: string }): Promise<{ items: Customer[]; nextCursor: string | null }> {
    const view = viewDigest(plan.query, plan.kind);
    const after = page.cursor ? decodeMergedCursor(page.cursor, view) : undefined;
    const budget = new ReadBudget(this.limits.readBudget + plan.query.streams.length);
    const items: Customer[] = [];
    // Reads a filter or `accept` may thin out fetch large pages; the others what the page still needs (+1).
    const reader = new MergedReader(this.client, this.tableName, plan.query, after, budget, (filtered) =>
      filtered || plan.narrow ? this.limits.filteredPageSize : page.limit - items.length + 1,
    );
    const cursorAt = (sk: string) => encodeMergedCursor(view, sk);

    for (;;) {
      const need = page.limit - items.length;
      const want = plan.kind === 'entries' ? Math.min(lookupBatch, plan.narrow ? need * 4 : need) : need;
      const batch: Entry[] = [];
      let stop: 'end' | 'budget' | undefined;
      while (batch.length < want) {
        const next = await reader.next();
        if (next === 'end' || next === 'budget') {
          stop = next;
          break;
        }
        batch.push(next);
      }
      const customers = plan.kind === 'entries' ? await this.lookup(batch, budget) : batch.map((e) => parse(e.item));
      for (let i = 0; i < batch.length; i++) {
        const c = customers[i];
        if (!c || !plan.accept(c)) continue;
        items.push(c);
        if (items.length === page.limit) {
          const more = i < batch.length - 1 || reader.hasMore();
          return { items, nextCursor: more ? cursorAt(batch[i]!.sk) : null };
        }
      }
      if (stop === 'end') return { items, nextCursor: null };
      if (stop === 'budget') {
        const at = reader.resumeAfter() ?? batch.at(-1)?.sk ?? after;
        return { items, nextCursor: at ? cursorAt(at) : null };
      }
    }
  }

  /** Customers by id, in the order asked (undefined where none), a BatchGetItem per 100. */
  async getMany(ids: string[]): Promise<(Customer | undefined)[]> {
    const found = new Map<string, Customer>();
    for (let i = 0; i < ids.length; i += lookupBatch) {
      const chunk = [...new Set(ids.slice(i, i + lookupBatch))];
      let keysLeft: Record<string, unknown>[] = chunk.map((id) => keys.customer(id));
      for (let attempt = 0; keysLeft.length; attempt++) {
        // DynamoDB may leave keys unprocessed under load: ask again for those, backing off a little.
        if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(200, 10 * 2 ** attempt)));
        const out = await this.client.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: keysLeft } } }));
        for (const item of out.Responses?.[this.tableName] ?? []) {
          const c = parse(item);
          found.set(c.id, c);
        }
        keysLeft = (out.UnprocessedKeys?.[this.tableName]?.Keys ?? []) as Record<string, unknown>[];
      }
    }
    return ids.map((id) => found.get(id));
  }

  private async lookup(batch: Entry[], budget: ReadBudget): Promise<(Customer | undefined)[]> {
    if (!batch.length) return [];
    budget.take(); // counted, never refused: the entries are read already, and the cursor must move past them
    return this.getMany(batch.map((e) => String(e.item.customerId)));
  }
}

const parse = (item: Record<string, unknown>) => customerSchema.parse(withoutKeys(item));
