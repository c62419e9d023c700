import type { TierSettingsRepository } from '#core/repositories/tier-settings.repository';
import { buildImportTemplate } from '#core/xlsx/template-workbook';

/** Built once per container and settings version: the drop-down of credit grades follows the setting. */
let built: { version: number; file: Promise<Buffer> } | undefined;

export async function customerImportTemplate(settings: TierSettingsRepository): Promise<Buffer> {
  const current = await settings.get();
  if (built?.version !== current.version) built = { version: current.version, file: buildImportTemplate('customers', current.settings.creditGrades) };
  return built.file;
}
