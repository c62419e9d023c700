import type { Unit, UnitPatch } from '#shared/schemas/unit.schema';

/** The unit form as typed: blanks are strings, heads staff usernames. */
export interface UnitFormModel {
  code: string;
  name: string;
  nameEn: string;
  region: string;
  heads: string[];
}

export function formFromUnit(unit: Unit | null): UnitFormModel {
  return { code: unit?.code ?? '', name: unit?.name ?? '', nameEn: unit?.nameEn ?? '', region: unit?.region ?? '', heads: [...(unit?.heads ?? [])] };
}

/** What an edit changes, as PATCH /units/{code} takes it (a cleared English name or region is sent as ''). */
export function changedFields(unit: Unit, model: UnitFormModel): UnitPatch {
  const patch: UnitPatch = {};
  if (model.name.trim() !== unit.name) patch.name = model.name.trim();
  if (model.nameEn.trim() !== (unit.nameEn ?? '')) patch.nameEn = model.nameEn.trim();
  if (model.region.trim() !== (unit.region ?? '')) patch.region = model.region.trim();
  if (JSON.stringify(model.heads) !== JSON.stringify(unit.heads)) patch.heads = [...model.heads];
  return patch;
}
