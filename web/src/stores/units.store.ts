import type { Unit } from '#shared/schemas/unit.schema';
import { sortByName } from '#shared/name-order';
import { unitName, type UnitId } from '#shared/units';
import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { listUnits } from '../api/units.api';
import type { Lang } from '../i18n';

/**
 * The business units as the API keeps them (GET /units), for every unit choice, filter and label. Read
 * once per page load; the units page reloads it after each change, so a new unit is offered at once.
 */
export const useUnitsStore = defineStore('units', () => {
  const all = ref<Unit[]>([]);
  let loaded: Promise<void> | undefined;

  /** Those that may take customers, staff and plans: what choices offer. */
  const active = computed(() => all.value.filter((u) => u.status === 'active'));

  function load(force = false): Promise<void> {
    if (force) loaded = undefined;
    loaded ??= listUnits()
      .then((items) => {
        // Choices read in pinyin order of the Chinese names (华北, 华东, 华南), not in code order.
        all.value = sortByName(items, (u) => unitName(u, 'zh-CN'));
      })
      .catch((err: unknown) => {
        loaded = undefined;
        // Labels fall back to the codes; the server still checks every unit it is sent.
        console.warn('units not loaded', err);
      });
    return loaded;
  }

  /** A unit's name in `lang`; retired units keep theirs (old records still name them); the code when unknown. */
  function nameOf(code: UnitId | undefined, lang: Lang): string {
    if (!code) return '';
    const unit = all.value.find((u) => u.code === code);
    return unit ? unitName(unit, lang) : code;
  }

  function isKnown(code: string): boolean {
    return all.value.some((u) => u.code === code);
  }

  function clear(): void {
    all.value = [];
    loaded = undefined;
  }

  return { all, active, load, nameOf, isKnown, clear };
});
