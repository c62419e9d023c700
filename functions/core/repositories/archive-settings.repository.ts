import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { archiveSettingsSchema, defaultArchiveSettings, type ArchiveSettings } from '#shared/schemas/archive-settings.schema';
import { keys } from '../keys';
import { VersionedSettingsRepository, type StoredSettings } from './versioned-settings.repository';

export type StoredArchiveSettings = StoredSettings<ArchiveSettings>;

/** The archive's staleness period as a setting: one current item and an append-only history (as the tier settings). */
export class ArchiveSettingsRepository extends VersionedSettingsRepository<ArchiveSettings> {
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, {
      current: keys.archiveSettings,
      history: keys.archiveSettingsHistory,
      type: 'archive-settings',
      schema: archiveSettingsSchema,
      defaults: defaultArchiveSettings,
    });
  }

  /** The period in months. Read per request (one GetItem): a change applies to the very next list. */
  async stalePeriodMonths(): Promise<number> {
    return (await this.get()).settings.stalePeriodMonths;
  }
}
