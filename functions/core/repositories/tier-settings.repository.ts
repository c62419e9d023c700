import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultTierSettings, storedTierSettingsSchema, type TierSettings } from '#shared/schemas/tier-settings.schema';
import { keys } from '../keys';
import { VersionedSettingsRepository, type SettingsChange, type StoredSettings } from './versioned-settings.repository';

export type StoredTierSettings = StoredSettings<TierSettings>;
export type TierSettingsChange = SettingsChange<TierSettings>;

/** The tier rules' settings: one current item and an append-only history of every change. */
export class TierSettingsRepository extends VersionedSettingsRepository<TierSettings> {
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, {
      current: keys.tierSettings,
      history: keys.tierSettingsHistory,
      type: 'tier-settings',
      schema: storedTierSettingsSchema,
      defaults: defaultTierSettings,
    });
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
}
