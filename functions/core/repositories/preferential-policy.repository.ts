import { PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { preferentialPolicySchema, type PolicyStatus, type PreferentialPolicy } from '#shared/schemas/preferential-policy.schema';
import { DomainError } from '../errors';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';
import { versionGuard } from './versioned-write';

/** Preferential policy requests and decisions (R3). */
export class PreferentialPolicyRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  item(p: PreferentialPolicy) {
    return { ...keys.preferentialPolicy(p.customerId, p.id), ...keys.preferentialPolicyIndexes(p), type: 'preferential-policy', ...p };
  }

  async create(p: PreferentialPolicy): Promise<void> {
    await this.client.send(new PutCommand({ TableName: this.tableName, Item: this.item(p), ConditionExpression: 'attribute_not_exists(PK)' }));
  }

  /** Replaces a policy if still at the version read (409/412 semantics are the caller's). */
  async replace(before: PreferentialPolicy, after: PreferentialPolicy): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: this.item(after),
          ...versionGuard(before.version),
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
  }

  /** The transaction item that flags an approved policy for review (used inside the re-tier transaction). */
  flagForReview(p: PreferentialPolicy, at: string) {
    const after: PreferentialPolicy = { ...p, reviewFlaggedAt: at, version: p.version + 1 };
    return {
      Put: {
        TableName: this.tableName,
        Item: this.item(after),
        ...versionGuard(p.version),
      },
    };
  }

  async forCustomer(customerId: string): Promise<PreferentialPolicy[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
        ExpressionAttributeValues: { ':pk': keys.customer(customerId).PK, ':p': keys.preferentialPolicyPrefix },
      }),
    );
    return (out.Items ?? []).map((i) => preferentialPolicySchema.parse(withoutKeys(i)));
  }

  async listByStatus(status: PolicyStatus, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...keys.policyStatusPartition(status), ...page });
    return { items: items.map((i) => preferentialPolicySchema.parse(withoutKeys(i))), nextCursor };
  }
}
