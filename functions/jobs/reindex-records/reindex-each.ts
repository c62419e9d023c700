import { TransactWriteCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { forEachLimited } from '#core/concurrency';
import { withoutKeys } from '#core/keys';
import { scanAllSegments } from '../segmented-scan';

export interface ReindexEachSummary {
  records: number;
  rewritten: number;
  /** Changed by someone while being rewritten: their own write indexed them already. */
  changedMeanwhile: number;
}

type Writes = NonNullable<TransactWriteCommandInput['TransactItems']>;

/**
 * The reindex jobs' loop (as functions/jobs/reindex-customers does it for customers): a segmented Scan of one
 * item type (a job, never a request path), and per record one transaction of the writes `writesOf` gives —
 * the record as its repository writes it now, conditional on the version read, and the entries it should have.
 * A record changed meanwhile fails its condition and is left to its own write, which indexed it.
 */
export async function reindexEach<T>(
  client: DynamoDBDocumentClient,
  tableName: string,
  record: { type: string; sk: string; parse: (item: Record<string, unknown>) => T; writesOf: (r: T) => Record<string, unknown>[] },
  totalSegments = 4,
): Promise<ReindexEachSummary> {
  const summary: ReindexEachSummary = { records: 0, rewritten: 0, changedMeanwhile: 0 };
  const filter = { expression: '#type = :type AND SK = :sk', names: { '#type': 'type' }, values: { ':type': record.type, ':sk': record.sk } };
  await scanAllSegments(client, tableName, { totalSegments, filter }, async (items) => {
    const records = items.map((i) => record.parse(withoutKeys(i)));
    summary.records += records.length;
    await forEachLimited(records, 8, async (r) => {
      try {
        await client.send(new TransactWriteCommand({ TransactItems: record.writesOf(r) as Writes }));
        summary.rewritten++;
      } catch (error) {
        if ((error as Error).name !== 'TransactionCanceledException') throw error;
        summary.changedMeanwhile++;
      }
    });
  });
  return summary;
}
