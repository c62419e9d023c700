import { accessLogContracts } from './access-log.contract';
import { accountContracts } from './account.contract';
import { assessmentsContracts } from './assessments.contract';
import { archiveSettingsContracts } from './archive-settings.contract';
import { attachmentsContracts } from './attachments.contract';
import { customersContracts } from './customers.contract';
import { departmentAssessmentsContracts } from './department-assessments.contract';
import { homeContracts } from './home.contract';
import { importsContracts } from './imports.contract';
import { inboxContracts } from './inbox.contract';
import { meetingsContracts } from './meetings.contract';
import { notificationSettingsContracts } from './notification-settings.contract';
import { opinionsContracts } from './opinions.contract';
import { ordersContracts } from './orders.contract';
import { policiesContracts } from './policies.contract';
import { receivablesContracts } from './receivables.contract';
import { reportsContracts } from './reports.contract';
import { revisitPlansContracts } from './revisit-plans.contract';
import { revisitReportsContracts } from './revisit-reports.contract';
import { revisitsContracts } from './revisits.contract';
import { salesTargetsContracts } from './sales-targets.contract';
import { searchContracts } from './search.contract';
import { serviceContracts } from './service.contract';
import { staffContracts } from './staff.contract';
import { tiersContracts } from './tiers.contract';
import { unitsContracts } from './units.contract';
import { usersContracts } from './users.contract';
import { visitsContracts } from './visits.contract';
import type { ContractTable } from './route-contract';

/**
 * Every route's contract, gathered from the families' tables: the OpenAPI document, the route fuzz test
 * and the SPA's typed client read this. A function imports only its own family's table (bundle size).
 */
export const contracts = {
  ...accessLogContracts,
  ...accountContracts,
  ...archiveSettingsContracts,
  ...assessmentsContracts,
  ...attachmentsContracts,
  ...customersContracts,
  ...departmentAssessmentsContracts,
  ...homeContracts,
  ...importsContracts,
  ...inboxContracts,
  ...meetingsContracts,
  ...notificationSettingsContracts,
  ...opinionsContracts,
  ...ordersContracts,
  ...policiesContracts,
  ...receivablesContracts,
  ...reportsContracts,
  ...revisitPlansContracts,
  ...revisitReportsContracts,
  ...revisitsContracts,
  ...salesTargetsContracts,
  ...searchContracts,
  ...serviceContracts,
  ...staffContracts,
  ...tiersContracts,
  ...unitsContracts,
  ...usersContracts,
  ...visitsContracts,
} as const satisfies ContractTable;

export type Contracts = typeof contracts;
