import type { AppRouteKey } from '#shared/routes';
import { Delete, Switch, Tickets, Upload, User } from '@element-plus/icons-vue';
// Issue 4's entries (orders and tiers).
import { Connection, Discount, Histogram } from '@element-plus/icons-vue';
// Issue 6's entries (service requests).
import { DataAnalysis, Service } from '@element-plus/icons-vue';
// Issue 7's entries (reception).
import { Calendar, Stamp } from '@element-plus/icons-vue';
// Issue 5's entries (revisits).
import { Bell, DataLine, Odometer, SetUp } from '@element-plus/icons-vue';
// Issue 5's plan and evaluation entries.
import { Document, Finished, Notebook } from '@element-plus/icons-vue';
// Issue 12's entries (the 工作台 and the R8 reports).
import { Clock, House, PieChart, TrendCharts } from '@element-plus/icons-vue';
// Issue 11's entries (business units, archive verification period).
import { OfficeBuilding, Timer } from '@element-plus/icons-vue';
// Issue 17's entries (customer meetings, the opinions register).
import { ChatDotRound, ChatLineSquare } from '@element-plus/icons-vue';
// Issue 11's entry (staff and their accounts).
import { Avatar } from '@element-plus/icons-vue';
// Issue 17's entry (overdue 回款).
import { Money } from '@element-plus/icons-vue';
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
  { path: '/home', titleKey: 'home.menu', icon: House, apiRoute: 'GET /home' },
  { path: '/customers', titleKey: 'menu.customers', icon: User, apiRoute: 'GET /customers' },
  { path: '/imports', titleKey: 'imports.menu', icon: Upload, apiRoute: 'POST /imports' },
  { path: '/reassign', titleKey: 'reassign.menu', icon: Switch, apiRoute: 'POST /customers/reassign' },
  { path: '/recycle-bin', titleKey: 'recycleBin.menu', icon: Delete, apiRoute: 'GET /recycle-bin' },
  { path: '/access-log', titleKey: 'accessLog.menu', icon: Tickets, apiRoute: 'GET /access-log' },
  { path: '/users', titleKey: 'users.menu', icon: Avatar, apiRoute: 'GET /users' },
  { path: '/unmatched-orders', titleKey: 'unmatchedOrders.menu', icon: Connection, apiRoute: 'GET /order-events/unmatched' },
  { path: '/receivables/overdue', titleKey: 'overdue.menu', icon: Money, apiRoute: 'GET /receivables/overdue' },
  { path: '/preferential-policies', titleKey: 'policies.menu', icon: Discount, apiRoute: 'GET /preferential-policies' },
  { path: '/tier-rules', titleKey: 'tierRules.menu', icon: Histogram, apiRoute: 'GET /settings/tiers' },
  { path: '/units', titleKey: 'units.menu', icon: OfficeBuilding, apiRoute: 'GET /units/{code}/history' },
  { path: '/archive-settings', titleKey: 'archiveSettings.menu', icon: Timer, apiRoute: 'GET /settings/archive/history' },
  { path: '/service-requests', titleKey: 'service.menu', icon: Service, apiRoute: 'GET /service-requests' },
  { path: '/service-requests/stats', titleKey: 'service.statsMenu', icon: DataAnalysis, apiRoute: 'GET /service-requests/stats' },
  { path: '/visits', titleKey: 'reception.menu', icon: Calendar, apiRoute: 'GET /visits' },
  { path: '/visit-approvals', titleKey: 'reception.approvalsMenu', icon: Stamp, apiRoute: 'GET /visit-approvals' },
  { path: '/meetings', titleKey: 'meetings.menu', icon: ChatDotRound, apiRoute: 'GET /meetings' },
  { path: '/opinions', titleKey: 'opinions.menu', icon: ChatLineSquare, apiRoute: 'GET /opinions' },
  { path: '/revisit-coverage', titleKey: 'revisits.menuCoverage', icon: Odometer, apiRoute: 'GET /revisits/coverage' },
  { path: '/revisit-calendar', titleKey: 'revisits.menuCalendar', icon: DataLine, apiRoute: 'GET /revisits/calendar' },
  { path: '/revisit-rules', titleKey: 'revisits.menuRules', icon: SetUp, apiRoute: 'GET /settings/revisits' },
  { path: '/notification-settings', titleKey: 'notifySettings.menu', icon: Bell, apiRoute: 'GET /me/notification-settings' },
  { path: '/revisit-plans/annual', titleKey: 'revisitPlans.annualMenu', icon: Notebook, apiRoute: 'GET /revisit-plans/annual/{unitId}/{year}' },
  { path: '/revisit-plans/temporary', titleKey: 'revisitPlans.temporaryMenu', icon: Finished, apiRoute: 'GET /revisit-plans/temporary' },
  { path: '/revisit-reports', titleKey: 'revisitReports.menu', icon: Document, apiRoute: 'GET /revisit-reports' },
  { path: '/reports/tiers', titleKey: 'reports.tiersMenu', icon: PieChart, apiRoute: 'GET /reports/tiers' },
  { path: '/reports/archive-freshness', titleKey: 'reports.freshnessMenu', icon: Clock, apiRoute: 'GET /reports/archive-freshness' },
  { path: '/reports/service-quality', titleKey: 'reports.serviceMenu', icon: TrendCharts, apiRoute: 'GET /reports/service-quality' },
];
