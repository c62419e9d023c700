import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { serviceRequestSchema } from '#shared/schemas/service-request.schema';
import { keys } from '#core/keys';
import { serviceRequestItem } from '#core/repositories/service-request.repository';
import { versionGuard } from '#core/repositories/versioned-write';
import { reindexEach, type ReindexEachSummary } from './reindex-each';

/**
 * Rewrites every service request with the index attributes its repository writes now: requests saved before
 * the by-customer index (GSI5 `SRCUST#<customerId>`) existed are then found by customer — the header search,
 * the customer's page — like every newer one. Safe to rerun.
 */
export function reindexServiceRequests(client: DynamoDBDocumentClient, tableName: string, totalSegments = 4): Promise<ReindexEachSummary> {
  return reindexEach(
    client,
    tableName,
    {
      type: 'service-request',
      sk: keys.serviceRequest('-').SK,
      parse: (i) => serviceRequestSchema.parse(i),
      writesOf: (r) => [{ Put: { TableName: tableName, Item: serviceRequestItem(r), ...versionGuard(r.version) } }],
    },
    totalSegments,
  );
}
