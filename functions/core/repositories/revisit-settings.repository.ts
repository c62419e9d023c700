import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { defaultRevisitSettings, storedRevisitSettingsSchema, type RevisitSettings } from '#shared/schemas/revisit-settings.schema';
import { keys } from '../keys';
import { VersionedSettingsRepository, type SettingsChange, type StoredSettings } from './versioned-settings.repository';

export type StoredRevisitSettings = StoredSettings<RevisitSettings>;
export type RevisitSettingsChange = SettingsChange<RevisitSettings>;

/** The R6 frequency rules and reminder timing as a setting: one current item and an append-only history (as the tier settings). */
export class RevisitSettingsRepository extends VersionedSettingsRepository<RevisitSettings> {
  constructor(client: DynamoDBDocumentClient, tableName: string) {
    super(client, tableName, {
      current: keys.revisitSettings,
      history: keys.revisitSettingsHistory,
      type: 'revisit-settings',
      schema: storedRevisitSettingsSchema,
      defaults: defaultRevisitSettings,
    });
  }
}
