import { defaultCreditGrades } from '#shared/credit-grades';
import { defineStore } from 'pinia';
import { ref } from 'vue';
import { getTierSettings } from '../api/tiers.api';

/**
 * The credit grades the administrator has set (they live with the tier rules), for the customer form and
 * the list filter. Read once per page load; the tier rules page refreshes it after a save.
 */
export const useCreditGradesStore = defineStore('credit-grades', () => {
  const grades = ref<string[]>([...defaultCreditGrades]);
  let loaded: Promise<void> | undefined;

  function load(force = false): Promise<void> {
    if (force) loaded = undefined;
    loaded ??= getTierSettings()
      .then((s) => {
        grades.value = [...s.settings.creditGrades];
      })
      .catch((err: unknown) => {
        loaded = undefined;
        // The defaults stay on screen; the server still checks every grade it is sent.
        console.warn('credit grades not loaded', err);
      });
    return loaded;
  }

  return { grades, load };
});
