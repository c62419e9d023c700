import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * The purpose a reader stated for a VIP or key customer's archive (R2 查阅程序), kept for this sign-in
 * so that opening the edit form after the detail does not ask again. Each reading is still logged
 * by the server with the purpose; nothing is stored in the browser beyond the page's life.
 */
export const useArchivePurposeStore = defineStore('archive-purpose', () => {
  const byCustomer = ref<Record<string, string>>({});

  return {
    purposeFor: (customerId: string): string | undefined => byCustomer.value[customerId],
    state: (customerId: string, purpose: string): void => {
      byCustomer.value[customerId] = purpose;
    },
    clear: (): void => {
      byCustomer.value = {};
    },
  };
});
