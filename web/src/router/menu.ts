import type { AppRouteKey } from '#shared/routes';
import { Delete, Switch, Tickets, Upload, User } from '@element-plus/icons-vue';
// Issue 4's entries (orders and tiers).
import { Connection, Discount, Histogram } from '@element-plus/icons-vue';
// Issue 6's entries (service requests).
import { DataAnalysis, Service } from '@element-plus/icons-vue';
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
  { path: '/imports', titleKey: 'imports.menu', icon: Upload, apiRoute: 'POST /imports' },
  { path: '/reassign', titleKey: 'reassign.menu', icon: Switch, apiRoute: 'POST /customers/reassign' },
  { path: '/recycle-bin', titleKey: 'recycleBin.menu', icon: Delete, apiRoute: 'GET /recycle-bin' },
  { path: '/access-log', titleKey: 'accessLog.menu', icon: Tickets, apiRoute: 'GET /access-log' },
  { path: '/unmatched-orders', titleKey: 'unmatchedOrders.menu', icon: Connection, apiRoute: 'GET /order-events/unmatched' },
  { path: '/preferential-policies', titleKey: 'policies.menu', icon: Discount, apiRoute: 'GET /preferential-policies' },
  { path: '/tier-rules', titleKey: 'tierRules.menu', icon: Histogram, apiRoute: 'GET /settings/tiers' },
  { path: '/service-requests', titleKey: 'service.menu', icon: Service, apiRoute: 'GET /service-requests' },
  { path: '/service-requests/stats', titleKey: 'service.statsMenu', icon: DataAnalysis, apiRoute: 'GET /service-requests/stats' },
];
