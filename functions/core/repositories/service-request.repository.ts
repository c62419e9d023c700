import { QueryCommand, TransactWriteCommand, GetCommand, type DynamoDBDocumentClient, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Notification } from '#shared/schemas/notification.schema';
import { serviceEventSchema, serviceRequestSchema, type ServiceEvent, type ServiceRequest } from '#shared/schemas/service-request.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { notificationPut } from '../notifications';
import { queryPartition, type PartitionQuery } from './query-pages';
import { failedConditions } from './transaction-errors';
import { versionGuard } from './versioned-write';

/** One more write to land in the same transaction as a request (the revisit item it comes from, R6 → R7). */
export type LinkedWrite = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

/** `person:<id>` or `dept:<department>`: whoever holds the request now. */
export function handlerKey(r: Pick<ServiceRequest, 'handler'>): string {
  return 'personId' in r.handler ? `person:${r.handler.personId}` : `dept:${r.handler.department}`;
}

/** A request as stored: its keys and every index attribute (the reindex job writes the same). */
export function serviceRequestItem(r: ServiceRequest) {
  return { ...keys.serviceRequest(r.id), ...keys.serviceRequestIndexes({ ...r, handlerKey: handlerKey(r) }), type: 'service-request', ...r };
}

/** Service requests with their append-only timeline; each change and its event land together. */
export class ServiceRequestRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<ServiceRequest | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.serviceRequest(id) }));
    return out.Item ? serviceRequestSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /**
   * Writes the request at its new version with the event that explains it and the notices it sends.
   * `before` undefined means a new request. The event's key is its version, so a change is never
   * recorded twice and never without its event. `linked` writes land in the same transaction; when one
   * of their conditions fails, nothing is written and the error is a conflict.
   */
  async save(before: ServiceRequest | undefined, after: ServiceRequest, event: ServiceEvent, notices: Notification[], linked: LinkedWrite[] = []): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: serviceRequestItem(after),
                ...(before
                  ? versionGuard(before.version)
                  : { ConditionExpression: 'attribute_not_exists(PK)' }),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.serviceEvent(after.id, after.version), type: 'service-event', requestId: after.id, ...event },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
            ...linked,
            ...notices.map((n) => notificationPut(this.tableName, n)),
          ],
        }),
      );
    } catch (error) {
      const failed = failedConditions(error);
      if (failed?.[0] || failed?.[1]) throw new DomainError('precondition_failed', 'precondition_failed');
      if (failed?.slice(2, 2 + linked.length).some(Boolean)) throw new DomainError('conflict', 'conflict');
      throw error;
    }
  }

  async timeline(id: string): Promise<ServiceEvent[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :e)',
        ExpressionAttributeValues: { ':pk': keys.serviceRequest(id).PK, ':e': keys.serviceEventPrefix },
      }),
    );
    return (out.Items ?? []).map((i) => serviceEventSchema.parse(withoutKeys(i)));
  }

  async list(partition: Pick<PartitionQuery, 'index' | 'pk'>, filter: PartitionQuery['filter'], page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...partition, filter, newestFirst: true, ...page });
    return { items: items.map((i) => serviceRequestSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** Requests received in [from, before) (UTC instants), oldest first — the all-requests index's time range. */
  async receivedBetween(from: string, before: string): Promise<ServiceRequest[]> {
    const all: ServiceRequest[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, {
        ...keys.serviceRequestPartitions.all(),
        sortKey: { from, before },
        limit: 100,
        cursor,
      });
      all.push(...page.items.map((i) => serviceRequestSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }

  /** Open requests whose expected date is before `today` — a Query on the sparse open index, never a Scan. */
  async overdue(today: string): Promise<ServiceRequest[]> {
    const all: ServiceRequest[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, {
        ...keys.serviceRequestPartitions.open(),
        sortKey: { before: today },
        limit: 100,
        cursor,
      });
      all.push(...page.items.map((i) => serviceRequestSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }
}
