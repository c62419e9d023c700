import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { openStepsOf } from '#shared/reception/open-steps';
import { visitSchema } from '#shared/schemas/visit.schema';
import { keys } from '#core/keys';
import { VisitRepository } from '#core/repositories/visit.repository';
import { versionGuard } from '#core/repositories/versioned-write';
import { reindexEach, type ReindexEachSummary } from './reindex-each';

/**
 * Rewrites every visit with its index attributes and writes the open-step entries it should have (the 工作台's
 * "reception steps I own", GET /visit-steps), for visits saved before those entries existed. Adds and overwrites
 * entries, deletes none (every later write of a visit removes the entries it no longer has). Safe to rerun.
 */
export function reindexVisits(client: DynamoDBDocumentClient, tableName: string, totalSegments = 4): Promise<ReindexEachSummary> {
  const visits = new VisitRepository(client, tableName);
  return reindexEach(
    client,
    tableName,
    {
      type: 'visit',
      sk: keys.visit('-').SK,
      parse: (i) => visitSchema.parse(i),
      writesOf: (v) => [{ Put: { TableName: tableName, Item: visits.item(v), ...versionGuard(v.version) } }, ...visits.stepEntryWrites([], openStepsOf(v))],
    },
    totalSegments,
  );
}
