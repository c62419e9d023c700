import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { ChannelMessage, DeliveryOutcome } from '../channels/channel-sender';
import type { DigestQueue } from '../channels/personal-channels';
import { keys } from '../keys';
import { queryPartition } from './query-pages';

export interface DigestEntry {
  key: { PK: string; SK: string };
  message: ChannelMessage;
}

/** Notices waiting for their recipients' daily digest (issue 12), and the record of each digest sent. */
export class NoticeDigestRepository implements DigestQueue {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Queues a notice; the same notice twice is queued once. */
  async add(m: ChannelMessage): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.digestEntry(m.recipientId, m.createdAt, m.id), ...keys.digestEntryIndexes(m.recipientId, m.createdAt, m.id), type: 'notice-digest-entry', message: m },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }

  /** Every waiting notice, by recipient then time: a Query of the sparse pending index, never a Scan. */
  async pending(): Promise<Map<string, DigestEntry[]>> {
    const out = new Map<string, DigestEntry[]>();
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, { ...keys.digestPending(), limit: 500, cursor });
      for (const item of page.items) {
        const message = item.message as ChannelMessage;
        const list = out.get(message.recipientId) ?? [];
        list.push({ key: { PK: String(item.PK), SK: String(item.SK) }, message });
        out.set(message.recipientId, list);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }

  /** Claims a recipient's digest for a Shanghai day: false when that day's digest was sent already. */
  async claim(recipientId: string, day: string, at: string): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { PK: `DIGEST#${recipientId}`, SK: `SENT#${day}`, type: 'notice-digest', recipientId, day, claimedAt: at },
          ConditionExpression: 'attribute_not_exists(PK)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** What each channel did with the day's digest, and which notices it held. */
  async record(recipientId: string, day: string, notices: string[], outcomes: DeliveryOutcome[]): Promise<void> {
    await this.client.send(
      new UpdateCommand({
        TableName: this.tableName,
        Key: { PK: `DIGEST#${recipientId}`, SK: `SENT#${day}` },
        UpdateExpression: 'SET notices = :n, deliveries = :d',
        ExpressionAttributeValues: { ':n': notices, ':d': outcomes },
      }),
    );
  }

  async remove(entries: readonly DigestEntry[]): Promise<void> {
    for (const e of entries) await this.client.send(new DeleteCommand({ TableName: this.tableName, Key: e.key }));
  }
}
