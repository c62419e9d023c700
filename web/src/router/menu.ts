import type { AppRouteKey } from '#shared/routes';
import { User } from '@element-plus/icons-vue';
import type { Component } from 'vue';

export interface MenuEntry {
  path: string;
  titleKey: string;
  icon: Component;
  /** Shown only to roles allowed to call this API route. */
  apiRoute: AppRouteKey;
}

/** The side menu, in order. Further features add their entry here. */
export const menuEntries: MenuEntry[] = [
  { path: '/customers', titleKey: 'menu.customers', icon: User, apiRoute: 'GET /customers' },
];
