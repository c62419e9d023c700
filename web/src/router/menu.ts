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
// Issue 17's entries (assessments: the scorecards, the indicators).
import { Medal, Operation } from '@element-plus/icons-vue';
// Issue 17's department service assessment (the General Office).
import { Trophy } from '@element-plus/icons-vue';
// Issue 17's entries (overdue 回款, sales targets).
import { Aim, Money } from '@element-plus/icons-vue';
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
  { path: '/home', titleKey: 'menu.home', icon: House, apiRoute: 'GET /home' },
  { path: '/customers', titleKey: 'menu.customers', icon: User, apiRoute: 'GET /customers' },
  { path: '/imports', titleKey: 'menu.imports', icon: Upload, apiRoute: 'POST /imports' },
  { path: '/reassign', titleKey: 'menu.reassign', icon: Switch, apiRoute: 'POST /customers/reassign' },
  { path: '/recycle-bin', titleKey: 'menu.recycleBin', icon: Delete, apiRoute: 'GET /recycle-bin' },
  { path: '/access-log', titleKey: 'menu.accessLog', icon: Tickets, apiRoute: 'GET /access-log' },
  { path: '/users', titleKey: 'menu.users', icon: Avatar, apiRoute: 'GET /users' },
  { path: '/unmatched-orders', titleKey: 'menu.unmatchedOrders', icon: Connection, apiRoute: 'GET /order-events/unmatched' },
  { path: '/receivables/overdue', titleKey: 'menu.overdueReceivables', icon: Money, apiRoute: 'GET /receivables/overdue' },
  { path: '/sales-targets', titleKey: 'menu.salesTargets', icon: Aim, apiRoute: 'GET /sales-targets' },
  { path: '/preferential-policies', titleKey: 'menu.policies', icon: Discount, apiRoute: 'GET /preferential-policies' },
  { path: '/tier-rules', titleKey: 'menu.tierRules', icon: Histogram, apiRoute: 'GET /settings/tiers' },
  { path: '/units', titleKey: 'menu.units', icon: OfficeBuilding, apiRoute: 'GET /units/{code}/history' },
  { path: '/archive-settings', titleKey: 'menu.archiveSettings', icon: Timer, apiRoute: 'GET /settings/archive/history' },
  { path: '/service-requests', titleKey: 'menu.serviceRequests', icon: Service, apiRoute: 'GET /service-requests' },
  { path: '/service-requests/stats', titleKey: 'menu.serviceStats', icon: DataAnalysis, apiRoute: 'GET /service-requests/stats' },
  { path: '/visits', titleKey: 'menu.visits', icon: Calendar, apiRoute: 'GET /visits' },
  { path: '/visit-approvals', titleKey: 'menu.visitApprovals', icon: Stamp, apiRoute: 'GET /visit-approvals' },
  { path: '/meetings', titleKey: 'menu.meetings', icon: ChatDotRound, apiRoute: 'GET /meetings' },
  { path: '/opinions', titleKey: 'menu.opinions', icon: ChatLineSquare, apiRoute: 'GET /opinions' },
  { path: '/revisit-coverage', titleKey: 'menu.revisitCoverage', icon: Odometer, apiRoute: 'GET /revisits/coverage' },
  { path: '/revisit-calendar', titleKey: 'menu.revisitCalendar', icon: DataLine, apiRoute: 'GET /revisits/calendar' },
  { path: '/revisit-rules', titleKey: 'menu.revisitRules', icon: SetUp, apiRoute: 'GET /settings/revisits' },
  { path: '/notification-settings', titleKey: 'menu.notificationSettings', icon: Bell, apiRoute: 'GET /me/notification-settings' },
  { path: '/revisit-plans/annual', titleKey: 'menu.annualPlans', icon: Notebook, apiRoute: 'GET /revisit-plans/annual/{unitId}/{year}' },
  { path: '/revisit-plans/temporary', titleKey: 'menu.temporaryPlans', icon: Finished, apiRoute: 'GET /revisit-plans/temporary' },
  { path: '/revisit-reports', titleKey: 'menu.revisitReports', icon: Document, apiRoute: 'GET /revisit-reports' },
  { path: '/assessments', titleKey: 'menu.assessments', icon: Medal, apiRoute: 'GET /assessments/units' },
  { path: '/assessments/departments', titleKey: 'menu.departmentAssessments', icon: Trophy, apiRoute: 'GET /assessments/departments' },
  { path: '/assessment-indicators', titleKey: 'menu.assessmentIndicators', icon: Operation, apiRoute: 'PUT /settings/assessment-indicators/{kind}' },
  { path: '/reports/tiers', titleKey: 'menu.tierReport', icon: PieChart, apiRoute: 'GET /reports/tiers' },
  { path: '/reports/archive-freshness', titleKey: 'menu.freshnessReport', icon: Clock, apiRoute: 'GET /reports/archive-freshness' },
  { path: '/reports/service-quality', titleKey: 'menu.serviceQualityReport', icon: TrendCharts, apiRoute: 'GET /reports/service-quality' },
];
