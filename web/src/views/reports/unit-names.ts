import { unitName, type UnitLabel } from '#shared/units';
import { currentLang } from '../../i18n';

/** A unit's name, from the unit records an answer carried (reports and the 工作台 bring their own); the code otherwise. */
export function unitLabelFrom(units: readonly UnitLabel[] | undefined, code: string | undefined): string {
  const unit = units?.find((u) => u.code === code);
  return unit ? unitName(unit, currentLang.value) : (code ?? '');
}
