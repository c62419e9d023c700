import { PutCommand, QueryCommand, GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { attachmentSchema, type Attachment } from '#shared/schemas/attachment.schema';
import { keys, withoutKeys } from '../keys';

/** A customer has tens of files, not thousands; one Query reads them all. */
const maxPerCustomer = 500;

/**
 * Attachment records, in their customer's partition. Created `pending` when an upload is requested,
 * then settled once (`stored` or `rejected`), conditional on still being pending. No delete (R2).
 */
export class AttachmentRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async create(attachment: Attachment): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.attachment(attachment.customerId, attachment.id), type: 'attachment', ...attachmentSchema.parse(attachment) },
        ConditionExpression: 'attribute_not_exists(PK)',
      }),
    );
  }

  async get(customerId: string, id: string): Promise<Attachment | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.attachment(customerId, id) }));
    return out.Item ? attachmentSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Every attachment of a customer, oldest first (ids are ULIDs, so key order is upload order). */
  async list(customerId: string): Promise<Attachment[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :prefix)',
        ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':prefix': keys.attachmentPrefix },
        Limit: maxPerCustomer,
      }),
    );
    return (out.Items ?? []).map((i) => attachmentSchema.parse(withoutKeys(i)));
  }

  /** Settles a pending attachment; false when someone settled it first (the answer is then theirs). */
  async settle(settled: Attachment): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.attachment(settled.customerId, settled.id), type: 'attachment', ...attachmentSchema.parse(settled) },
          ConditionExpression: '#s = :pending',
          ExpressionAttributeNames: { '#s': 'status' },
          ExpressionAttributeValues: { ':pending': 'pending' },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }
}
