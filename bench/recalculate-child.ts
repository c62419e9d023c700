/**
 * One measured run in its own process, so its peak memory is its own: `job` runs the nightly
 * re-tiering, `raw` reads the same items with the same parallel segmented Scan and does nothing else.
 * Prints { ms, maxRssKb }.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';

const [mode, endpoint, tableName] = process.argv.slice(2) as ['job' | 'raw', string, string];
process.env.DYNAMODB_ENDPOINT = endpoint;
process.env.TABLE_NAME = tableName;
process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
const segments = 4;
const pageSize = 500;

const { createDocumentClient } = await import('../functions/core/dynamo');
const client = createDocumentClient(endpoint);
const start = performance.now();
if (mode === 'job') {
  const { tierDeps } = await import('../functions/tiers/deps');
  const { recalculateTiers } = await import('../functions/jobs/recalculate-tiers/recalculate');
  const summary = await recalculateTiers({ ...tierDeps(client, tableName), client, tableName }, { runId: `bench-${Date.now()}`, totalSegments: segments, pageSize });
  if (!summary.complete) throw new Error('run incomplete');
} else {
  await Promise.all(
    Array.from({ length: segments }, async (_, segment) => {
      let startKey: Record<string, unknown> | undefined;
      do {
        const out = await client.send(
          new ScanCommand({
            TableName: tableName, Segment: segment, TotalSegments: segments, Limit: pageSize, ExclusiveStartKey: startKey,
            FilterExpression: 'begins_with(PK, :c) AND (SK = :p OR begins_with(SK, :m))',
            ExpressionAttributeValues: { ':c': 'CUST#', ':p': 'PROFILE', ':m': 'MONTH#' },
          }),
        );
        startKey = out.LastEvaluatedKey;
      } while (startKey);
    }),
  );
}
console.log(JSON.stringify({ ms: performance.now() - start, maxRssKb: process.resourceUsage().maxRSS }));
process.exit(0);
