import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { forEachLimited } from '#core/concurrency';
import { keys, withoutKeys } from '#core/keys';
import { customerItem } from '#core/repositories/customer.repository';
import { searchItems } from '#core/repositories/customer-search-items';
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
 * Safe to rerun. It adds and overwrites entries; entries of an older rule that the new rule no longer makes
 * are named by that change and deleted here: the per-unit name entries before issue 15
 * (`keys.legacyNameEntries`, from the record's unit and name — entries of a name or unit that changed
 * between that release and this run are left, unread by any search).
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
