import type { TierSettingsRepository } from '#core/repositories/tier-settings.repository';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { buildImportTemplate } from '#core/xlsx/template-workbook';

/** Built once per container, settings version and set of active units: the drop-downs follow both. */
let built: { key: string; file: Promise<Buffer> } | undefined;

export async function customerImportTemplate(settings: TierSettingsRepository, units: UnitRepository): Promise<Buffer> {
  const [current, active] = await Promise.all([settings.get(), units.active()]);
  const key = JSON.stringify([current.version, active.map((u) => [u.code, u.name])]);
  if (built?.key !== key) built = { key, file: buildImportTemplate('customers', current.settings.creditGrades, active) };
  return built.file;
}
