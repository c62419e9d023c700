import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTierSettings, tierSettingsSchema, type TierSettings } from '#shared/schemas/tier-settings.schema';
import { DomainError } from '../errors';
import { keys } from '../keys';

export interface StoredTierSettings {
  settings: TierSettings;
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface TierSettingsChange extends StoredTierSettings {
  previous: TierSettings;
}

/** The tier rules' settings: one current item and an append-only history of every change. */
export class TierSettingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The current settings; the policy's defaults until an administrator first changes them. */
  async get(): Promise<StoredTierSettings> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.tierSettings() }));
    if (!out.Item) return { settings: defaultTierSettings, version: 0 };
    return {
      settings: tierSettingsSchema.parse(out.Item.settings),
      version: out.Item.version as number,
      updatedAt: out.Item.updatedAt as string,
      updatedBy: out.Item.updatedBy as string,
    };
  }

  private cache?: { value: StoredTierSettings; until: number };

  /**
   * The settings as of at most `maxAgeMs` ago: the order webhook re-tiers on every event and need not
   * read them each time; a change reaches it within the minute and the nightly run reads them fresh.
   */
  async getCached(maxAgeMs = 60_000): Promise<StoredTierSettings> {
    if (this.cache && this.cache.until > Date.now()) return this.cache.value;
    const value = await this.get();
    this.cache = { value, until: Date.now() + maxAgeMs };
    return value;
  }

  /** Replaces the settings if still at `expectedVersion`, recording before and after in the history. */
  async put(next: TierSettings, expectedVersion: number, by: string, at: string): Promise<StoredTierSettings> {
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
                Item: { ...keys.tierSettings(), type: 'tier-settings', settings: next, version, updatedAt: at, updatedBy: by },
                ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
                ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: { ...keys.tierSettingsHistory(`${at}#${version}`), type: 'tier-settings-change', settings: next, previous: current.settings, version, updatedAt: at, updatedBy: by },
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

  async history(): Promise<TierSettingsChange[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': keys.tierSettings().PK, ':h': 'HIST#' },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      settings: tierSettingsSchema.parse(i.settings),
      previous: tierSettingsSchema.parse(i.previous),
      version: i.version as number,
      updatedAt: i.updatedAt as string,
      updatedBy: i.updatedBy as string,
    }));
  }
}
