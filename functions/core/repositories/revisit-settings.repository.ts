import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultRevisitSettings, revisitSettingsSchema, type RevisitSettings } from '#shared/schemas/revisit-settings.schema';
import { DomainError } from '../errors';
import { keys } from '../keys';

export interface StoredRevisitSettings {
  settings: RevisitSettings;
  /** 0 while the policy's own rules apply (no administrator has changed them yet). */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface RevisitSettingsChange extends StoredRevisitSettings {
  previous: RevisitSettings;
}

/** The R6 frequency rules as a setting: one current item and an append-only history (as the tier settings). */
export class RevisitSettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The current settings; the policy's rules until an administrator first changes them. */
  async get(): Promise<StoredRevisitSettings> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.revisitSettings() }));
    if (!out.Item) return { settings: defaultRevisitSettings, version: 0 };
    return {
      settings: revisitSettingsSchema.parse(out.Item.settings),
      version: out.Item.version as number,
      updatedAt: out.Item.updatedAt as string,
      updatedBy: out.Item.updatedBy as string,
    };
  }

  /** Replaces the settings if still at `expectedVersion` (412 otherwise), recording before and after in the history. */
  async put(next: RevisitSettings, expectedVersion: number, by: string, at: string): Promise<StoredRevisitSettings> {
    const current = await this.get();
    if (current.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
    const version = expectedVersion + 1;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.revisitSettings(), type: 'revisit-settings', settings: next, version, updatedAt: at, updatedBy: by },
                ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
                ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...keys.revisitSettingsHistory(`${at}#${version}`),
                  type: 'revisit-settings-change',
                  settings: next,
                  previous: current.settings,
                  version,
                  updatedAt: at,
                  updatedBy: by,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
    return { settings: next, version, updatedAt: at, updatedBy: by };
  }

  /** The last 100 changes, newest first. */
  async history(): Promise<RevisitSettingsChange[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': keys.revisitSettings().PK, ':h': 'HIST#' },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      settings: revisitSettingsSchema.parse(i.settings),
      previous: revisitSettingsSchema.parse(i.previous),
      version: i.version as number,
      updatedAt: i.updatedAt as string,
      updatedBy: i.updatedBy as string,
    }));
  }
}
