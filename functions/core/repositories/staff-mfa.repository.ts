import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { staffMfaSchema, type StaffMfa } from '#shared/schemas/staff-mfa.schema';
import { keys, withoutKeys } from '../keys';

/** Each person's second factor as last read from Cognito, beside their directory entry. */
export class StaffMfaRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(username: string): Promise<StaffMfa | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.staffMfa(username), ConsistentRead: true }));
    return out.Item ? staffMfaSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Records a reading; one taken earlier than the stored one is dropped (two tabs syncing at once). */
  async record(state: StaffMfa): Promise<void> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { ...keys.staffMfa(state.username), type: 'staff-mfa', ...staffMfaSchema.parse(state) },
          ConditionExpression: 'attribute_not_exists(PK) OR checkedAt <= :checkedAt',
          ExpressionAttributeValues: { ':checkedAt': state.checkedAt },
        }),
      );
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
}
