import type { Lang } from '#shared/messages';
import { unitCreateSchema, type Unit, type UnitCreateInput, type UnitPatch } from '#shared/schemas/unit.schema';
import { validate } from '#shared/validation';
import type { FormCheck } from '../field-check';

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

/** A new unit as POST /units takes it (a blank English name or region left out). */
export function createBody(model: UnitFormModel): UnitCreateInput {
  return {
    code: model.code.trim(),
    name: model.name.trim(),
    ...(model.nameEn.trim() ? { nameEn: model.nameEn.trim() } : {}),
    ...(model.region.trim() ? { region: model.region.trim() } : {}),
    heads: model.heads,
  };
}

/** The form checked as the API will check it on save (an edit keeps its valid code), in the UI language. */
export function checkUnitForm(model: UnitFormModel, lang: Lang): FormCheck {
  return validate(unitCreateSchema, createBody(model), lang);
}
