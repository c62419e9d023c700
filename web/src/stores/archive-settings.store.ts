import { defaultStalePeriodMonths } from '#shared/archive-freshness';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getArchiveSettings } from '../api/units.api';

/**
 * The archive's staleness period (R2), an administrator's setting, for the stale flags of the customer
 * list and page. Read once per page load; the setting's page reloads it after a save.
 */
export const useArchiveSettingsStore = defineStore('archive-settings', () => {
  const stalePeriodMonths = ref(defaultStalePeriodMonths);
  let loaded: Promise<void> | undefined;

  function load(force = false): Promise<void> {
    if (force) loaded = undefined;
    loaded ??= getArchiveSettings()
      .then((s) => {
        stalePeriodMonths.value = s.settings.stalePeriodMonths;
      })
      .catch((err: unknown) => {
        loaded = undefined;
        console.warn('archive settings not loaded', err);
      });
    return loaded;
  }

  return { stalePeriodMonths, load };
});
