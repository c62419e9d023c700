import { BatchWriteCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { gbOrderNameSortKey, nameSortKey } from '#shared/names/name-sort-key';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { forEachLimited } from '#core/concurrency';
import { keys, withoutKeys, type Key } from '#core/keys';
import { customerItem } from '#core/repositories/customer.repository';
import { contactPhones, searchItems } from '#core/repositories/customer-search-items';
import { nameGrams } from '#core/search/name-bigrams';
import { scanAllSegments } from '../segmented-scan';
import { versionGuard } from '#core/repositories/versioned-write';

export interface ReindexSummary {
  customers: number;
  rewritten: number;
  /** Changed by someone while being rewritten: their own write indexed them already. */
  changedMeanwhile: number;
}

/**
 * Rewrites every customer's index attributes and search entries from the record itself, for customers
 * written before an index existed (issue 3 added GSI5–GSI7, `searchName`/`verifiedOn` and the search
 * entries) or after the indexing rule changed (functions/core/search/name-bigrams.ts, shared/search-text.ts):
 * 1. reads every customer profile, live or in the bin, by a segmented Scan (a job, never a request path);
 * 2. per customer, one transaction: the item as `customerItem` writes it, conditional on the version read
 *    (a concurrent edit wins, and its own transaction indexed it), and every search entry it should have.
 * 3. then, apart (they would not fit the same transaction), deletes the search entries under the keys of
 *    earlier name orders (`keys.earlierSearchEntries`): before issue 13 put them in pinyin order, and,
 *    for a name with a less common character (GB2312 level 2), before such characters were placed by
 *    pinyin (`gbOrderNameSortKey`). The same partitions, so until this has run a search may list a
 *    customer twice. Also for a customer changed meanwhile, whose own write put only the new entries.
 * Safe to rerun. It adds and overwrites entries; entries of an older rule that the new rule no longer makes
 * are named by that change and deleted here: the per-unit name entries before issue 15
 * (`keys.legacyNameEntries`) and the code-ordered ones before issue 13, from the record's unit, name and
 * phones — entries of a name, unit or phone that changed between that release and this run are left.
 */
export async function reindexCustomers(client: DynamoDBDocumentClient, tableName: string, totalSegments = 4): Promise<ReindexSummary> {
  const summary: ReindexSummary = { customers: 0, rewritten: 0, changedMeanwhile: 0 };
  const filter = { expression: '#type = :customer AND SK = :profile', names: { '#type': 'type' }, values: { ':customer': 'customer', ':profile': keys.customerProfileSk } };
  await scanAllSegments(client, tableName, { totalSegments, filter }, async (items) => {
    const customers = items.map((i) => customerSchema.parse(withoutKeys(i)));
    summary.customers += customers.length;
    await forEachLimited(customers, 8, async (c) => {
      if (await rewrite(client, tableName, c)) summary.rewritten++;
      else summary.changedMeanwhile++;
      await deleteAll(client, tableName, earlierEntries(c));
    });
  });
  return summary;
}

async function rewrite(client: DynamoDBDocumentClient, tableName: string, c: Customer): Promise<boolean> {
  try {
    await client.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: tableName,
              Item: customerItem(c),
              ...versionGuard(c.version),
            },
          },
          ...searchItems(c).map((Item) => ({ Put: { TableName: tableName, Item } })),
          // ≤ 1 + 45 + 25 items, inside DynamoDB's 100 per transaction (functions/core/search/name-bigrams.ts).
          ...legacyNameEntries(c).map((Key) => ({ Delete: { TableName: tableName, Key } })),
        ],
      }),
    );
    return true;
  } catch (error) {
    if ((error as Error).name === 'TransactionCanceledException') return false;
    throw error;
  }
}

function legacyNameEntries(c: Customer) {
  if (c.deletedAt) return [];
  const { bigrams, overflow } = nameGrams(c.name);
  return keys.legacyNameEntries(c.unitId, bigrams, overflow, c.name, c.id);
}

function earlierEntries(c: Customer) {
  if (c.deletedAt) return [];
  const { bigrams, overflow } = nameGrams(c.name);
  const entries = (nameKey?: string) => keys.earlierSearchEntries(nameKey, c.unitId, bigrams, overflow, contactPhones(c), c.name, c.id);
  const gbOrder = gbOrderNameSortKey(c.name);
  // Where the earlier key is today's (no level-2 character), its entries are the live ones.
  return [...entries(), ...(gbOrder === nameSortKey(c.name) ? [] : entries(gbOrder))];
}

/** Unconditional deletes, 25 a call (BatchWriteItem's limit), unprocessed ones asked again. */
async function deleteAll(client: DynamoDBDocumentClient, tableName: string, keysToDelete: Key[]): Promise<void> {
  for (let i = 0; i < keysToDelete.length; i += 25) {
    let requests: { DeleteRequest: { Key: Record<string, unknown> } }[] = keysToDelete.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
    for (let attempt = 0; requests.length; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(500, 20 * 2 ** attempt)));
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [tableName]: requests } }));
      requests = (out.UnprocessedItems?.[tableName] ?? []) as typeof requests;
    }
  }
}
