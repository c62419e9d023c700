import type { Role } from '#shared/roles';
import { roleLabels } from '#shared/roles';
import type { CustomerKind, Tier } from '#shared/schemas/customer.schema';
import { tierLabels } from '#shared/tier-labels';
import { useUnitsStore } from '../stores/units.store';
import { useI18n } from 'vue-i18n';
import { currentLang } from './index';

/** Labels of shared domain values in the UI language (roles and units carry their own zh/en). */
export function useLabels() {
  const { t } = useI18n();
  // Unit names come from the unit records; reactive, so labels fill in when the list arrives.
  const units = useUnitsStore();
  void units.load();
  const zh = () => currentLang.value === 'zh-CN';
  return {
    // Undefined is tolerated: ElTableColumn renders its slot once with an empty row.
    tierLabel: (tier: Tier | undefined) => (tier ? tierLabels[tier][currentLang.value] : ''),
    kindLabel: (kind: CustomerKind | undefined) => (kind ? t(`kind.${kind}`) : ''),
    roleLabel: (role: Role | undefined) => (role ? (zh() ? roleLabels[role].zh : roleLabels[role].en) : ''),
    unitLabel: (unitId: string | undefined) => units.nameOf(unitId, currentLang.value),
  };
}
