import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';

export function archiveSettingsDeps(client = documentClient, tableName = env.tableName) {
  return { settings: new ArchiveSettingsRepository(client, tableName), now: () => new Date() };
}
