import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../../shared/roles';
import { routes, type AppRouteKey } from '../../shared/routes';
import type { Principal } from '../../functions/core/principal';
import { ObjectStorage, objectKeys } from '../../functions/core/object-storage';
import { AttachmentRepository } from '../../functions/core/repositories/attachment.repository';
import { ImportJobRepository } from '../../functions/core/repositories/import-job.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { buildImportTemplate } from '../../functions/core/xlsx/template-workbook';
import { OrderRepository } from '../../functions/core/repositories/order.repository';
import { PreferentialPolicyRepository } from '../../functions/core/repositories/preferential-policy.repository';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { orderEventKey } from '../../shared/schemas/order-event.schema';
import { periodOf, previousPeriod } from '../../shared/revisits/periods';
import { shanghaiDate } from '../../shared/shanghai-time';
import { paidEvent } from '../support/webhook';
import { startApi } from '../support/api-harness';
import { testUserPool } from '../support/cognito';
import { newCreditCode } from '../support/credit-codes';
import { seedStaff, testTable } from '../support/table';

/**
 * Every route of the route table × every role, through the local API server with real token checks.
 * The allowed roles are written out here, on purpose apart from the route table: widening a route's
 * roles there without changing this file fails the test, and so does a route with no row here.
 */
const expectations: Record<AppRouteKey, { allowed: Role[]; ok: number; denied?: number }> = {
  'GET /customers': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /customers': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /customers/similar': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /search': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /customers/{customerId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PATCH /customers/{customerId}': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /staff': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /staff/names': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Staff and their accounts (issue 11): admins change them, the General Office may look.
  'GET /users': { allowed: ['admin', 'office'], ok: 200 },
  'GET /users/history': { allowed: ['admin', 'office'], ok: 200 },
  'GET /users/{username}': { allowed: ['admin', 'office'], ok: 200 },
  'GET /users/{username}/holdings': { allowed: ['admin', 'office'], ok: 200 },
  'POST /users': { allowed: ['admin'], ok: 201 },
  'PATCH /users/{username}': { allowed: ['admin'], ok: 200 },
  'POST /users/{username}/disable': { allowed: ['admin'], ok: 200 },
  'POST /users/{username}/enable': { allowed: ['admin'], ok: 200 },
  'POST /users/{username}/reset-password': { allowed: ['admin'], ok: 200 },
  'POST /users/{username}/adopt': { allowed: ['admin'], ok: 201 },
  'GET /units': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /units': { allowed: ['admin'], ok: 201 },
  'PATCH /units/{code}': { allowed: ['admin'], ok: 200 },
  'POST /units/{code}/retire': { allowed: ['admin'], ok: 200 },
  'GET /units/{code}/history': { allowed: ['admin', 'office', 'leadership', 'sales-head'], ok: 200 },
  'GET /customers/{customerId}/history': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /customers/{customerId}/verify': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'DELETE /customers/{customerId}': { allowed: ['admin', 'sales-head'], ok: 204 },
  'POST /customers/{customerId}/restore': { allowed: ['admin', 'sales-head'], ok: 200 },
  'GET /recycle-bin': { allowed: ['admin', 'sales-head'], ok: 200 },
  'POST /customers/reassign': { allowed: ['admin', 'sales-head'], ok: 200 },
  'GET /access-log': { allowed: ['admin', 'sales-head', 'office'], ok: 200 },
  'GET /access-log/export': { allowed: ['admin', 'sales-head', 'office'], ok: 200 },
  'GET /inbox': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /inbox/{notificationId}/read': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /inbox/read-all': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Issue 12: the 工作台 for everyone; the R8 reports company-wide for oversight, a unit head's for their unit.
  'GET /home': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /reports/tiers': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'unit-head'], ok: 200 },
  'GET /reports/archive-freshness': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'unit-head'], ok: 200 },
  'GET /reports/service-quality': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'unit-head'], ok: 200 },
  // The General Office's department assessment (issue 17, 第六条〔八〕): the office writes, each department's head answers its own.
  'GET /assessments/departments': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'unit-head'], ok: 200 },
  'GET /assessments/departments/{department}/{quarter}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'unit-head'], ok: 200 },
  'PUT /assessments/departments/{department}/{quarter}': { allowed: ['office'], ok: 200 },
  'POST /assessments/departments/{department}/{quarter}/submit': { allowed: ['office'], ok: 200 },
  'POST /assessments/departments/{department}/{quarter}/acknowledge': { allowed: ['sales-head', 'finance', 'unit-head'], ok: 200 },
  'POST /assessments/departments/{department}/{quarter}/object': { allowed: ['sales-head', 'finance', 'unit-head'], ok: 200 },
  'GET /assessments/departments/{department}/{quarter}/export': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'unit-head'], ok: 200 },
  // A JWT never opens the order webhook: only the order system's signature does (401 without it).
  'POST /webhooks/orders': { allowed: [], ok: 200, denied: 401 },
  'GET /order-events/unmatched': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'POST /order-events/{eventKey}/match': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'GET /customers/{customerId}/monthly-totals': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /customers/{customerId}/tier-history': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /customers/{customerId}/orders': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /receivables/overdue': { allowed: ['admin', 'leadership', 'sales-head', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /receivables/overdue/export': { allowed: ['admin', 'leadership', 'sales-head', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Sales targets (第五条〔一〕): the Sales head and admins set them; each target's readers are narrowed per target.
  'GET /sales-targets': { allowed: ['admin', 'leadership', 'sales-head', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /sales-targets/{year}/{kind}/{subjectId}': { allowed: ['admin', 'leadership', 'sales-head', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /sales-targets/{year}/{kind}/{subjectId}': { allowed: ['admin', 'sales-head'], ok: 200 },
  'PUT /customers/{customerId}/tier-override': { allowed: ['sales-head'], ok: 200 },
  'DELETE /customers/{customerId}/tier-override': { allowed: ['sales-head'], ok: 200 },
  'GET /settings/tiers': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /settings/tiers': { allowed: ['admin'], ok: 200 },
  'GET /settings/tiers/history': { allowed: ['admin', 'sales-head', 'leadership'], ok: 200 },
  'GET /settings/archive': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /settings/archive': { allowed: ['admin'], ok: 200 },
  'GET /settings/archive/history': { allowed: ['admin', 'sales-head', 'leadership'], ok: 200 },
  'POST /customers/{customerId}/preferential-policies': { allowed: ['sales-head', 'sales'], ok: 201 },
  'GET /customers/{customerId}/preferential-policies': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision': { allowed: ['leadership'], ok: 200 },
  'GET /preferential-policies': { allowed: ['admin', 'leadership', 'sales-head', 'sales', 'finance'], ok: 200 },
  'POST /service-requests': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /service-requests': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /service-requests/stats': { allowed: ['admin', 'leadership', 'sales-head', 'office'], ok: 200 },
  'GET /service-requests/{requestId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /service-requests/{requestId}/actions': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Visits (R5): every role may host; the approval is leadership's; per-visit checks are in visits.test.ts.
  'POST /visits': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /visits': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /visit-approvals': { allowed: ['admin', 'leadership'], ok: 200 },
  'GET /visit-steps': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /visits/{visitId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /visits/{visitId}/approval': { allowed: ['leadership'], ok: 200 },
  'POST /visits/{visitId}/resubmit': { allowed: ['admin', 'sales-head', 'unit-head'], ok: 200 },
  'POST /visits/{visitId}/steps/{stepId}/done': { allowed: ['admin', 'leadership', 'sales-head', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /visits/{visitId}/steps': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /visits/{visitId}/record': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /visits/{visitId}/cancel': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /customers/{customerId}/visits': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /visits/{visitId}/follow-ups/{followUpId}/service-request': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'POST /visits/{visitId}/follow-ups/{followUpId}/revisit': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  // Customer meetings (第三条〔八〕): Sales organises; the units work on their invitees; oversight reads.
  'POST /meetings': { allowed: ['admin', 'sales-head', 'sales'], ok: 201 },
  'GET /meetings': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /meetings/{meetingId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PATCH /meetings/{meetingId}': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'GET /meetings/{meetingId}/history': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /meetings/{meetingId}/invitations': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'PUT /meetings/{meetingId}/invitations/{customerId}': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /meetings/{meetingId}/minutes': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'POST /meetings/{meetingId}/cancel': { allowed: ['admin', 'sales-head', 'sales'], ok: 200 },
  'POST /meetings/{meetingId}/feedback': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /customers/{customerId}/meetings': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // The opinions register (第三条〔四〕): all but Finance; handling narrowed per opinion (here passed to the caller's department).
  'GET /opinions': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /opinions/export': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /opinions/{opinionId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /opinions/{opinionId}/actions': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Revisits (R6): Sales and the units record; whoever reads the customer lists; coverage for those who answer for it.
  'POST /customers/{customerId}/revisits': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /customers/{customerId}/revisits': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /revisits/coverage': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  // Issue 5: each customer's obligations for its readers; the calendar in the caller's scope; the rules setting;
  // a follow-up item into a service request (anyone may receive one); each person's own reminder channels.
  'GET /customers/{customerId}/revisit-obligations': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /revisits/calendar': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /settings/revisits': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /settings/revisits': { allowed: ['admin'], ok: 200 },
  'GET /settings/revisits/history': { allowed: ['admin', 'sales-head', 'leadership'], ok: 200 },
  'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /me/notification-settings': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /me/notification-settings': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /me/notification-settings/test': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Issue 11: each person records their own second factor, read from Cognito with their own access token.
  'POST /me/mfa': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Revisit plans and the quarterly evaluation (R6): plans read by Sales, leadership, office and the unit head; written by the
  // unit head, Sales heads, admins; temporary plans decided by leadership; reports written by the unit head, reviewed by Sales.
  'GET /revisit-plans/annual/{unitId}/{year}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  'PUT /revisit-plans/annual/{unitId}/{year}': { allowed: ['admin', 'sales-head', 'unit-head'], ok: 200 },
  'POST /revisit-plans/temporary': { allowed: ['admin', 'sales-head', 'sales', 'unit-head'], ok: 201 },
  'GET /revisit-plans/temporary': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /revisit-plans/temporary/{planId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /revisit-plans/temporary/{planId}/decision': { allowed: ['leadership'], ok: 200 },
  'POST /revisit-plans/temporary/{planId}/resubmit': { allowed: ['admin', 'sales-head', 'sales', 'unit-head'], ok: 200 },
  'POST /revisit-plans/temporary/{planId}/cancel': { allowed: ['admin', 'sales-head', 'sales', 'unit-head'], ok: 200 },
  'GET /revisit-plans/due': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /revisit-reports': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  'GET /revisit-reports/{unitId}/{quarter}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  'PUT /revisit-reports/{unitId}/{quarter}': { allowed: ['unit-head'], ok: 200 },
  'POST /revisit-reports/{unitId}/{quarter}/submit': { allowed: ['unit-head'], ok: 200 },
  'POST /revisit-reports/{unitId}/{quarter}/review': { allowed: ['sales-head'], ok: 200 },
  'GET /revisit-reports/{unitId}/{quarter}/export': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  // Assessments (issue 17): indicators read by all, changed by admins, their history for those who assess and oversee.
  'GET /settings/assessment-indicators/{kind}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /settings/assessment-indicators/{kind}': { allowed: ['admin'], ok: 200 },
  'GET /settings/assessment-indicators/{kind}/history': { allowed: ['admin', 'leadership', 'sales-head', 'office'], ok: 200 },
  // Unit scorecards: Sales scores and submits, the unit's head answers; readers include the unit's own people.
  'GET /assessments/units': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /assessments/units/{unitId}/{quarter}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /assessments/units/{unitId}/{quarter}/export': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'PUT /assessments/units/{unitId}/{quarter}': { allowed: ['sales-head', 'sales'], ok: 200 },
  'POST /assessments/units/{unitId}/{quarter}/submit': { allowed: ['sales-head', 'sales'], ok: 200 },
  'POST /assessments/units/{unitId}/{quarter}/acknowledge': { allowed: ['unit-head'], ok: 200 },
  'POST /assessments/units/{unitId}/{quarter}/object': { allowed: ['unit-head'], ok: 200 },
  // Attachments (R2): editors upload; whoever reads the customer lists and downloads (purpose for VIP/key).
  'POST /customers/{customerId}/attachments': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'GET /customers/{customerId}/attachments': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /customers/{customerId}/attachments/{attachmentId}': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'finance', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  // Excel in and out: exports for those who answer for customers and oversee them; imports by the editors
  // (historic orders by Sales heads and admins only, checked per kind inside POST /imports).
  'GET /customers/import-template': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /order-events/import-template': { allowed: ['admin', 'sales-head'], ok: 200 },
  'GET /customers/export': { allowed: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], ok: 200 },
  'POST /imports/uploads': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 201 },
  'POST /imports': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 202 },
  'GET /imports': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'GET /imports/{importId}': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 200 },
  'POST /imports/{importId}/commit': { allowed: ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'], ok: 202 },
};

/** One caller per role; unit roles belong to the east unit. */
const callerFor = (role: Role): Principal => ({
  id: `${role}.tester`,
  name: role,
  role,
  ...(role === 'unit-head' || role === 'unit-staff' ? { unitId: 'east' as const } : {}),
});

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();
const inbox = new InboxRepository(client, tableName);
const orders = new OrderRepository(client, tableName);
const policies = new PreferentialPolicyRepository(client, tableName);
const attachments = new AttachmentRepository(client, tableName);
const importJobs = new ImportJobRepository(client, tableName);
const storage = new ObjectStorage();
let eastCustomer: { id: string; version: number };
let userPool: Awaited<ReturnType<typeof testUserPool>>;
let northCustomerId: string;

const freshUnitCode = () => `perm-${randomUUID().slice(0, 8)}`;

/** A unit no customer or staff belongs to, made by an admin for one request. */
async function freshUnit(): Promise<{ code: string; version: number }> {
  const made = await api.call('POST', '/units', { as: callerFor('admin'), body: { code: freshUnitCode(), name: '权限测试事业部' } });
  expect(made.status).toBe(201);
  return made.body;
}

/** A request that the route accepts from an allowed caller, fresh for each call. */
async function requestFor(key: AppRouteKey, caller: Principal) {
  const [method, template] = key.split(' ') as [string, string];
  const path = template.replace('{customerId}', eastCustomer.id);
  switch (key) {
    case 'POST /customers':
      return { method, path, body: { name: `权限测试${caller.role}有限公司`, creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'east' } };
    case 'GET /customers/similar':
      return { method, path: `/customers/similar?name=${encodeURIComponent('华东权限测试')}` };
    case 'GET /search':
      return { method, path: `/search?q=${encodeURIComponent('华东权限测试')}` };
    case 'PATCH /customers/{customerId}': {
      const current = await api.call('GET', path, { as: callerFor('admin') });
      return { method, path, body: { notes: `edited by ${caller.role}` }, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'POST /customers/{customerId}/verify': {
      const current = await api.call('GET', `/customers/${eastCustomer.id}`, { as: callerFor('admin') });
      return { method, path, headers: { 'if-match': current.headers.get('etag')! } };
    }
    // Each delete and restore needs a customer of its own: a second delete of the same one is a 404.
    case 'DELETE /customers/{customerId}':
      return { method, path: `/customers/${await freshCustomerId()}`, headers: { 'if-match': '"1"' } };
    case 'POST /customers/{customerId}/restore': {
      const id = await freshCustomerId();
      expect((await api.call('DELETE', `/customers/${id}`, { as: callerFor('admin'), headers: { 'if-match': '"1"' } })).status).toBe(204);
      return { method, path: `/customers/${id}/restore` };
    }
    case 'POST /customers/reassign':
      return { method, path, body: { fromOwnerId: 'east.staff2', toOwnerId: 'east.staff' } };
    case 'GET /users/{username}':
    case 'GET /users/{username}/holdings':
      return { method, path: template.replace('{username}', 'east.staff') };
    case 'POST /users':
      return { method, path, body: newUserBody() };
    // Each change on a person of its own, made by an admin first.
    case 'PATCH /users/{username}': {
      const username = await freshUser();
      return { method, path: `/users/${username}`, body: { name: `改名${caller.role}` }, headers: { 'if-match': '"1"' } };
    }
    case 'POST /users/{username}/disable':
    case 'POST /users/{username}/reset-password':
      return { method, path: template.replace('{username}', await freshUser()) };
    case 'POST /users/{username}/enable': {
      const username = await freshUser();
      expect((await api.call('POST', `/users/${username}/disable`, { as: callerFor('admin') })).status).toBe(200);
      return { method, path: `/users/${username}/enable` };
    }
    case 'POST /users/{username}/adopt': {
      // An account made in the console: in the pool, not in the directory.
      const body = newUserBody();
      await userPool.port.create({ ...body, temporaryPassword: 'Temp-Passw0rd!', invite: false });
      return { method, path: `/users/${body.username}/adopt`, body: {} };
    }
    case 'POST /inbox/{notificationId}/read': {
      const id = `perm-${randomUUID()}`;
      const createdAt = new Date().toISOString();
      await inbox.deliver({ id, recipientId: caller.id, kind: 'test', title: { 'zh-CN': '测试', en: 'Test' }, body: { 'zh-CN': '测试', en: 'Test' }, createdAt });
      return { method, path: `/inbox/${id}/read` };
    }
    case 'POST /webhooks/orders':
      return { method, path, body: paidEvent({ id: eastCustomer.id }, 100) };
    case 'POST /order-events/{eventKey}/match': {
      const event = paidEvent({ creditCode: newCreditCode() }, 100);
      await orders.keepUnmatched(event, `perm-${randomUUID()}`, new Date().toISOString());
      return { method, path: `/order-events/${encodeURIComponent(orderEventKey(event))}/match`, body: { customerId: eastCustomer.id } };
    }
    case 'PUT /customers/{customerId}/tier-override':
      return { method, path, body: { tier: 'vip', reason: '战略合作伙伴', expiresOn: '2099-12-31' } };
    case 'POST /units':
      return { method, path, body: { code: freshUnitCode(), name: `权限测试${caller.role}事业部` } };
    // Each rename and retirement on a unit of its own, made by an admin just before.
    case 'PATCH /units/{code}': {
      const unit = await freshUnit();
      return { method, path: `/units/${unit.code}`, body: { name: '权限测试改名事业部' }, headers: { 'if-match': `"${unit.version}"` } };
    }
    case 'POST /units/{code}/retire':
      return { method, path: `/units/${(await freshUnit()).code}/retire` };
    case 'GET /units/{code}/history':
      return { method, path: '/units/east/history' };
    case 'PUT /settings/archive': {
      const current = await api.call('GET', '/settings/archive', { as: callerFor('admin') });
      return { method, path, body: current.body.settings, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'PUT /settings/tiers': {
      const current = await api.call('GET', '/settings/tiers', { as: callerFor('admin') });
      return { method, path, body: current.body.settings, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'POST /customers/{customerId}/preferential-policies': {
      // Only VIP and key customers may have one: hold the customer at VIP for this request.
      const held = await api.call('PUT', `${path.replace('/preferential-policies', '')}/tier-override`, {
        as: callerFor('sales-head'),
        body: { tier: 'vip', reason: '权限测试', expiresOn: '2099-12-31' },
      });
      expect(held.status).toBe(200);
      return { method, path, body: { kind: 'price-discount', discountPercent: 5, description: '年度采购量保障价', assessment: '近两年回款及时，采购量稳定增长，综合考评优秀。' } };
    }
    case 'POST /customers/{customerId}/preferential-policies/{policyId}/decision': {
      const id = `perm-${randomUUID()}`;
      await policies.create({
        id, customerId: eastCustomer.id, customerName: '华东权限测试有限公司', unitId: 'east', kind: 'other', description: '资源保障',
        assessment: '综合考评良好，建议给予保障。', status: 'pending', requestedBy: 'sales.zhang', requestedAt: new Date().toISOString(), version: 1,
      });
      return { method, path: path.replace('{policyId}', id), body: { decision: 'approved', meetingDate: '2026-11-20', validFrom: '2026-12-01', validTo: '2027-11-30' } };
    }
    case 'POST /visits':
      return { method, path, body: visitBody(eastCustomer.id, 'manager') };
    case 'GET /visits':
      return { method, path: '/visits?from=2026-12-01&to=2026-12-31' };
    case 'GET /visits/{visitId}':
      return { method, path: `/visits/${(await freshVisit(callerFor('admin'), 'key', 'manager')).id}` };
    case 'POST /visits/{visitId}/approval':
      return { method, path: `/visits/${(await freshVisit(callerFor('admin'), 'vip', 'chairman-gm')).id}/approval`, body: { decision: 'approved' } };
    case 'POST /visits/{visitId}/resubmit': {
      // The drafter the standard names: Sales (its head) for a VIP chairman, the hosting unit's head for a VIP manager.
      const visit = await freshVisit(callerFor('admin'), 'vip', caller.role === 'sales-head' ? 'chairman-gm' : 'manager');
      const rejected = await api.call('POST', `/visits/${visit.id}/approval`, { as: callerFor('leadership'), body: { decision: 'rejected', reason: '权限测试' } });
      expect(rejected.status).toBe(200);
      return { method, path: `/visits/${visit.id}/resubmit`, body: { planNotes: '已修改' } };
    }
    case 'POST /visits/{visitId}/steps/{stepId}/done': {
      // A step each role owns: leadership chairs a VIP chairman's meeting, Sales puts up the screen message for a
      // key manager, a unit salesperson may meet a key chairman; unit heads and admins tick the information.
      const pick = {
        leadership: ['vip', 'chairman-gm', 'meeting'],
        'sales-head': ['key', 'manager', 'screen'],
        'unit-staff': ['key', 'chairman-gm', 'pickup'],
      } as Record<Role, ['vip' | 'key', 'chairman-gm' | 'manager', string]>;
      const [tier, rank, step] = pick[caller.role] ?? ['vip', 'below-manager', 'info'];
      const visit = await freshVisit(callerFor('admin'), tier, rank);
      if (rank === 'chairman-gm') {
        const approved = await api.call('POST', `/visits/${visit.id}/approval`, { as: callerFor('leadership'), body: { decision: 'approved' } });
        expect(approved.status).toBe(200);
      }
      return { method, path: `/visits/${visit.id}/steps/${step}/done`, body: { note: '已办' } };
    }
    // The hosting side's writes: the caller registers the visit, so it is theirs to edit, record or cancel.
    case 'PUT /visits/{visitId}/steps': {
      const visit = await freshVisit(caller, 'general', 'manager');
      const steps = visit.steps.map((s) => ({ id: s.id, title: s.title['zh-CN'], dueAt: s.dueAt }));
      return { method, path: `/visits/${visit.id}/steps`, body: { steps: [...steps, { title: '参观展厅', dueAt: visit.arrivalAt }] }, headers: { 'if-match': '"1"' } };
    }
    case 'POST /visits/{visitId}/record':
      return { method, path: `/visits/${(await freshVisit(caller, 'general', 'manager', true)).id}/record`, body: { metWith: ['孙强'], outcomes: '达成合作意向' } };
    case 'POST /visits/{visitId}/cancel':
      return { method, path: `/visits/${(await freshVisit(caller, 'key', 'manager')).id}/cancel`, body: { reason: '客户改期' } };
    // The caller registered and recorded the visit, so its follow-ups are theirs to turn.
    case 'POST /visits/{visitId}/follow-ups/{followUpId}/service-request': {
      const { visitId, followUpId } = await recordedFollowUp(caller);
      return { method, path: `/visits/${visitId}/follow-ups/${followUpId}/service-request`, body: { kind: 'inquiry', contact: { name: '王建国' }, note: '客户来访时询问新品交期' } };
    }
    case 'POST /visits/{visitId}/follow-ups/{followUpId}/revisit': {
      const { visitId, followUpId } = await recordedFollowUp(caller);
      return {
        method,
        path: `/visits/${visitId}/follow-ups/${followUpId}/revisit`,
        body: { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', visitors: [{ name: '权限测试', rank: 'salesperson' }], satisfaction: 4 },
      };
    }
    // Each meeting change on a meeting of its own (started an hour ago, the east customer invited, feedback raised).
    case 'POST /meetings':
      return { method, path, body: meetingBody() };
    case 'PATCH /meetings/{meetingId}': {
      const meetingId = await freshMeeting(true);
      return { method, path: path.replace('{meetingId}', meetingId), body: { place: '公司五楼会议室' }, headers: { 'if-match': '"1"' } };
    }
    case 'GET /meetings/{meetingId}':
    case 'GET /meetings/{meetingId}/history':
    case 'PUT /meetings/{meetingId}/minutes':
    case 'POST /meetings/{meetingId}/cancel':
    case 'POST /meetings/{meetingId}/invitations':
    case 'PUT /meetings/{meetingId}/invitations/{customerId}':
    case 'POST /meetings/{meetingId}/feedback': {
      const meetingId = await freshMeeting(key !== 'POST /meetings/{meetingId}/invitations');
      const bodies: Partial<Record<AppRouteKey, unknown>> = {
        'PUT /meetings/{meetingId}/minutes': { text: '座谈会纪要：客户对交期提出建议。' },
        'POST /meetings/{meetingId}/cancel': { reason: '场地冲突' },
        'POST /meetings/{meetingId}/invitations': { customerIds: [eastCustomer.id] },
        'PUT /meetings/{meetingId}/invitations/{customerId}': { reply: 'accepted' },
        'POST /meetings/{meetingId}/feedback': { customerId: eastCustomer.id, text: '希望缩短交货周期' },
      };
      return { method, path: path.replace('{meetingId}', meetingId), body: bodies[key] };
    }
    case 'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request':
    case 'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit': {
      const meetingId = await freshMeeting(true);
      const fed = await api.call('POST', `/meetings/${meetingId}/feedback`, { as: callerFor('admin'), body: { customerId: eastCustomer.id, text: '希望缩短交货周期' } });
      expect(fed.status, JSON.stringify(fed.body)).toBe(201);
      const feedbackPath = path.replace('{meetingId}', meetingId).replace('{feedbackId}', fed.body.feedback[0].id);
      return key.endsWith('service-request')
        ? { method, path: feedbackPath, body: { kind: 'inquiry', contact: { name: '王建国' } } }
        : { method, path: feedbackPath, body: { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', visitors: [{ name: '权限测试', rank: 'salesperson' }], satisfaction: 4 } };
    }
    // An inquiry about the east customer lands in the register; office and leadership handle it once it is passed to them.
    case 'GET /opinions/{opinionId}':
      return { method, path: path.replace('{opinionId}', await freshOpinion()) };
    case 'POST /opinions/{opinionId}/actions': {
      const opinionId = await freshOpinion();
      if (caller.role === 'office' || caller.role === 'leadership') {
        const passed = await api.call('POST', `/opinions/${opinionId}/actions`, { as: callerFor('admin'), body: { action: 'pass', department: caller.role, dueDate: '2099-01-01' } });
        expect(passed.status, JSON.stringify(passed.body)).toBe(200);
      }
      return { method, path: path.replace('{opinionId}', opinionId), body: { action: 'decide', decision: '下月起调整交期' } };
    }
    case 'POST /customers/{customerId}/revisits':
      return {
        method,
        path,
        body: { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', visitors: [{ name: '权限测试', rank: 'salesperson' }], satisfaction: 4 },
      };
    case 'PUT /settings/revisits': {
      const current = await api.call('GET', '/settings/revisits', { as: callerFor('admin') });
      return { method, path, body: current.body.settings, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'GET /settings/assessment-indicators/{kind}':
    case 'GET /settings/assessment-indicators/{kind}/history':
      return { method, path: template.replace('{kind}', 'unit') };
    case 'GET /assessments/units/{unitId}/{quarter}':
    case 'GET /assessments/units/{unitId}/{quarter}/export':
      return { method, path: template.replace('{unitId}', 'east').replace('{quarter}', reportQuarter(1)) };
    // Each write on a quarter of its own, and a submission per allowed caller, so one call's move does not refuse another's.
    case 'PUT /assessments/units/{unitId}/{quarter}':
      return { method, path: `/assessments/units/east/${reportQuarter(1)}`, body: { scores: [], overallComment: '' }, headers: { 'if-match': await scorecardEtag(reportQuarter(1)) } };
    case 'POST /assessments/units/{unitId}/{quarter}/submit': {
      const quarter = reportQuarter(caller.role === 'sales' ? 3 : 2);
      return { method, path: `/assessments/units/east/${quarter}/submit`, body: await fullScores(quarter), headers: { 'if-match': await scorecardEtag(quarter) } };
    }
    case 'POST /assessments/units/{unitId}/{quarter}/acknowledge':
    case 'POST /assessments/units/{unitId}/{quarter}/object': {
      const quarter = reportQuarter(key.endsWith('acknowledge') ? 4 : 5);
      await submittedScorecard(quarter);
      const body = key.endsWith('acknowledge') ? { remark: '' } : { reason: '权限测试异议' };
      return { method, path: `/assessments/units/east/${quarter}/${key.endsWith('acknowledge') ? 'acknowledge' : 'object'}`, body, headers: { 'if-match': await scorecardEtag(quarter) } };
    }
    case 'PUT /settings/assessment-indicators/{kind}': {
      const current = await api.call('GET', '/settings/assessment-indicators/unit', { as: callerFor('admin') });
      return { method, path: '/settings/assessment-indicators/unit', body: { indicators: current.body.indicators }, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'PUT /me/notification-settings': {
      // The caller's own settings: any role reads them (a refused role's read is refused too; version 0 is what it would send).
      const current = await api.call('GET', path, { as: caller });
      const body = { email: { enabled: false }, wecom: { enabled: false }, dingtalk: { enabled: false } };
      return { method, path, body, headers: { 'if-match': current.headers.get('etag') ?? '"0"' } };
    }
    case 'POST /me/mfa':
      // The caller's own access token from cognito-local: the route asks Cognito with it.
      return { method, path, body: { accessToken: await accessTokenOf(caller) } };
    case 'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request': {
      // Each call turns an item of its own: a second request for the same item is refused (409).
      const recorded = await api.call('POST', `/customers/${eastCustomer.id}/revisits`, {
        as: callerFor('admin'),
        body: { visitedAt: new Date(Date.now() - 3_600_000).toISOString(), channel: 'phone', visitors: [{ name: '权限测试', rank: 'salesperson' }], satisfaction: 4, issues: [{ text: '发票寄送慢' }] },
      });
      expect(recorded.status).toBe(201);
      return {
        method,
        path: path.replace('{revisitId}', recorded.body.id).replace('{itemId}', recorded.body.issues[0].id),
        body: { kind: 'inquiry', contact: { name: '王建国' } },
      };
    }
    case 'GET /sales-targets':
      return { method, path: `/sales-targets?year=${thisYear()}` };
    // Everyone who reads targets reads their own: the caller is in the directory for this.
    case 'GET /sales-targets/{year}/{kind}/{subjectId}':
      await new StaffRepository(client, tableName).put({ id: caller.id, name: caller.name, role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) });
      return { method, path: `/sales-targets/${thisYear()}/person/${caller.id}` };
    case 'PUT /sales-targets/{year}/{kind}/{subjectId}': {
      const current = await api.call('GET', `/sales-targets/${thisYear()}/unit/east`, { as: callerFor('admin') });
      return { method, path: `/sales-targets/${thisYear()}/unit/east`, body: { amountFen: 500_000_000, collectionFen: 400_000_000 }, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'GET /revisits/coverage':
      return { method, path: '/revisits/coverage?period=quarter' };
    case 'GET /revisit-plans/annual/{unitId}/{year}':
      return { method, path: `/revisit-plans/annual/east/${thisYear()}` };
    case 'PUT /revisit-plans/annual/{unitId}/{year}': {
      const current = await api.call('GET', `/revisit-plans/annual/east/${thisYear()}`, { as: callerFor('admin') });
      const targets = { vip: [2, 2, 2, 2], key: [3, 3, 3, 3], general: [5, 5, 5, 5], reserve: [0, 0, 0, 1] };
      return { method, path: `/revisit-plans/annual/east/${thisYear()}`, body: { targets, notes: `by ${caller.role}` }, headers: { 'if-match': current.headers.get('etag')! } };
    }
    case 'POST /revisit-plans/temporary':
      return { method, path, body: temporaryPlanBody() };
    case 'GET /revisit-plans/temporary/{planId}':
      return { method, path: `/revisit-plans/temporary/${await temporaryPlanOf(callerFor('admin'))}` };
    case 'POST /revisit-plans/temporary/{planId}/decision':
      return { method, path: `/revisit-plans/temporary/${await temporaryPlanOf(callerFor('admin'))}/decision`, body: { decision: 'approved' } };
    // The submitter may revise or cancel their own plan: each allowed caller submits one first.
    case 'POST /revisit-plans/temporary/{planId}/resubmit': {
      const id = await temporaryPlanOf(caller);
      const rejected = await api.call('POST', `/revisit-plans/temporary/${id}/decision`, { as: callerFor('leadership'), body: { decision: 'rejected', reason: '权限测试' } });
      expect(rejected.status).toBe(200);
      const { unitId: _unit, ...edit } = temporaryPlanBody();
      return { method, path: `/revisit-plans/temporary/${id}/resubmit`, body: edit };
    }
    case 'POST /revisit-plans/temporary/{planId}/cancel':
      return { method, path: `/revisit-plans/temporary/${await temporaryPlanOf(caller)}/cancel`, body: { reason: '权限测试' } };
    case 'GET /revisit-reports/{unitId}/{quarter}':
      return { method, path: `/revisit-reports/east/${reportQuarter(0)}` };
    case 'GET /revisit-reports/{unitId}/{quarter}/export':
      return { method, path: `/revisit-reports/east/${reportQuarter(0)}/export` };
    // Each write on a quarter of its own (1–3 back), so one route's moves do not refuse another's.
    case 'PUT /revisit-reports/{unitId}/{quarter}':
      return { method, path: `/revisit-reports/east/${reportQuarter(1)}`, body: reportText, headers: { 'if-match': await reportEtag(reportQuarter(1)) } };
    case 'POST /revisit-reports/{unitId}/{quarter}/submit':
      return { method, path: `/revisit-reports/east/${reportQuarter(2)}/submit`, body: reportText, headers: { 'if-match': await reportEtag(reportQuarter(2)) } };
    case 'POST /revisit-reports/{unitId}/{quarter}/review': {
      const quarter = reportQuarter(3);
      const current = await api.call('GET', `/revisit-reports/east/${quarter}`, { as: callerFor('admin') });
      if (current.body.report.status === 'draft') {
        const submitted = await api.call('POST', `/revisit-reports/east/${quarter}/submit`, { as: callerFor('unit-head'), body: reportText, headers: { 'if-match': current.headers.get('etag')! } });
        expect(submitted.status).toBe(200);
      }
      return { method, path: `/revisit-reports/east/${quarter}/review`, body: { decision: 'accepted' }, headers: { 'if-match': await reportEtag(quarter) } };
    }
    // A department's head reads and answers their own department's scorecard; the office writes on quarters of their own.
    case 'GET /assessments/departments/{department}/{quarter}':
      return { method, path: departmentScorecardPath(caller, 0) };
    case 'GET /assessments/departments/{department}/{quarter}/export':
      return { method, path: `${departmentScorecardPath(caller, 0)}/export` };
    case 'PUT /assessments/departments/{department}/{quarter}': {
      const p = departmentScorecardPath(caller, 1);
      return { method, path: p, body: { scores: [], overallComment: '' }, headers: { 'if-match': await departmentScorecardEtag(p) } };
    }
    case 'POST /assessments/departments/{department}/{quarter}/submit': {
      const p = departmentScorecardPath(caller, 2);
      return { method, path: `${p}/submit`, body: await fullDepartmentScores(), headers: { 'if-match': await departmentScorecardEtag(p) } };
    }
    case 'POST /assessments/departments/{department}/{quarter}/acknowledge':
    case 'POST /assessments/departments/{department}/{quarter}/object': {
      const acknowledge = key.endsWith('acknowledge');
      const p = departmentScorecardPath(caller, acknowledge ? 3 : 4);
      const current = await api.call('GET', p, { as: callerFor('admin') });
      // Refused roles fall on Sales' scorecard, which the Sales head may already have answered: left as it is.
      if (current.body.scorecard.state === 'draft' || current.body.scorecard.state === 'objected') {
        const submitted = await api.call('POST', `${p}/submit`, { as: callerFor('office'), body: await fullDepartmentScores(), headers: { 'if-match': current.headers.get('etag')! } });
        expect(submitted.status, JSON.stringify(submitted.body)).toBe(200);
      }
      return { method, path: `${p}/${acknowledge ? 'acknowledge' : 'object'}`, body: acknowledge ? { remark: '' } : { reason: '权限测试异议' }, headers: { 'if-match': await departmentScorecardEtag(p) } };
    }
    case 'POST /service-requests':
      return { method, path, body: serviceRequestBody() };
    // Anyone may receive a request; they then own it, so they can read it and act on it.
    case 'GET /service-requests/{requestId}':
      return { method, path: path.replace('{requestId}', await requestReceivedBy(caller)) };
    case 'POST /service-requests/{requestId}/actions':
      return { method, path: path.replace('{requestId}', await requestReceivedBy(caller)), body: { action: 'correct', text: '客户补充说明' } };
    case 'POST /customers/{customerId}/attachments':
      return { method, path, body: { fileName: '营业执照.pdf', contentType: 'application/pdf', size: 1024, category: 'business-licence' } };
    case 'GET /customers/{customerId}/attachments/{attachmentId}':
      // The customer may be held at VIP by another row's request: a purpose opens its files to every reader.
      return { method, path: `${path.replace('{attachmentId}', await storedAttachmentId())}?purpose=${encodeURIComponent('权限测试')}` };
    case 'POST /imports/uploads':
      return { method, path, body: { fileName: '客户.xlsx', size: 2048 } };
    case 'POST /imports':
      return { method, path, body: { kind: 'customers', objectKey: await uploadedImportFile(caller) } };
    case 'GET /imports/{importId}':
      return { method, path: path.replace('{importId}', await importJobOf(caller, 'splitting')) };
    case 'POST /imports/{importId}/commit':
      return { method, path: path.replace('{importId}', await importJobOf(caller, 'validated')), body: { duplicates: 'skip' } };
    default:
      return { method, path };
  }
}

let userCount = 0;
const newUserBody = () => ({ username: `perm.user${++userCount}.${randomUUID().slice(0, 6)}`, name: '权限测试员', email: 'perm@example.cn', role: 'unit-staff' as const, unitId: 'east' });

/** A person made by an admin through the API, for a change of their own. */
async function freshUser(): Promise<string> {
  const res = await api.call('POST', '/users', { as: callerFor('admin'), body: newUserBody() });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.username;
}

/**
 * The caller's Cognito access token: an account of the same username in this file's pool, signed in.
 * The admin's account has TOTP set up, as the directory already records (integration-setup.ts), so
 * recording it again keeps the admin routes open for the rows after this one.
 */
async function accessTokenOf(caller: Principal): Promise<string> {
  cognito ??= userPool; // the file's one pool (made in beforeAll), where the user routes also act
  if (!cognitoUsers.has(caller.id)) {
    await cognito.createUser(caller.id, caller.role, 'Temp#Perm2026x', caller.unitId);
    const first = await cognito.initiate(caller.id, 'Temp#Perm2026x');
    const tokens = await cognito.respond(caller.id, first.Session, 'NEW_PASSWORD_REQUIRED', { NEW_PASSWORD: 'Perm#Tester2026' });
    cognitoUsers.set(caller.id, caller.role === 'admin' ? await cognito.setUpTotp(tokens.AuthenticationResult!.AccessToken!) : undefined);
  }
  return (await cognito.signIn(caller.id, 'Perm#Tester2026', cognitoUsers.get(caller.id))).AccessToken!;
}
let cognito: Awaited<ReturnType<typeof testUserPool>> | undefined;
/** Accounts made so far, with the TOTP secret of those that have one. */
const cognitoUsers = new Map<string, string | undefined>();

/** A stored attachment of the east customer (written directly: the upload itself is tested in attachments.test.ts). */
async function storedAttachmentId(): Promise<string> {
  const id = `perm-${randomUUID()}`;
  await attachments.create({
    id, customerId: eastCustomer.id, category: 'contract', fileName: '合同.pdf', contentType: 'application/pdf', size: 10,
    objectKey: `attachments/${eastCustomer.id}/${id}`, status: 'stored', uploadedBy: { id: 'admin', name: '王磊', role: 'admin' },
    requestedAt: new Date().toISOString(), storedAt: new Date().toISOString(),
  });
  return id;
}

/** The caller's own uploaded spreadsheet (an allowed caller's upload URL; others get a key they may not use). */
async function uploadedImportFile(caller: Principal): Promise<string> {
  if (!expectations['POST /imports'].allowed.includes(caller.role)) return `imports/uploads/${caller.id}/none.xlsx`;
  const file = await buildImportTemplate('customers');
  const asked = await api.call('POST', '/imports/uploads', { as: caller, body: { fileName: 't.xlsx', size: file.length } });
  const put = await fetch(asked.body.upload.url, { method: 'PUT', headers: asked.body.upload.headers, body: new Uint8Array(file) });
  expect(put.status).toBe(200);
  return asked.body.objectKey;
}

/** An import job of the caller's, written directly at the status the request needs; one empty chunk to commit. */
async function importJobOf(caller: Principal, status: 'splitting' | 'validated'): Promise<string> {
  const id = `perm-${randomUUID()}`;
  const now = new Date().toISOString();
  await importJobs.create({
    id, kind: 'customers', status, fileName: 'x.xlsx', objectKey: 'imports/uploads/x.xlsx', createdAt: now, updatedAt: now,
    createdBy: { id: caller.id, name: caller.name, role: caller.role, ...(caller.unitId ? { unitId: caller.unitId } : {}) },
    chunkSize: 500, totalRows: 0, chunkCount: 1, validatedChunks: status === 'validated' ? 1 : 0,
    validation: { rows: 0, ok: 0, warnings: 0, duplicates: 0, errors: 0 }, version: 1,
  });
  await storage.putJson(objectKeys.importChunk(id, 0), []);
  return id;
}

const serviceRequestBody = () => ({
  customerId: eastCustomer.id, kind: 'inquiry', channel: 'phone', contact: { name: '王建国' }, statement: '咨询新产品价格',
});

/** A request received by `caller` (as any role may), or by admin for a role the route refuses anyway. */
async function requestReceivedBy(caller: Principal): Promise<string> {
  const res = await api.call('POST', '/service-requests', { as: caller, body: serviceRequestBody() });
  if (res.status === 201) return res.body.id;
  return (await api.call('POST', '/service-requests', { as: callerFor('admin'), body: serviceRequestBody() })).body.id;
}

async function freshCustomerId(): Promise<string> {
  const res = await api.call('POST', '/customers', {
    as: callerFor('admin'),
    body: { name: '权限测试回收站有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'east', ownerId: 'east.staff' },
  });
  expect(res.status).toBe(201);
  return res.body.id;
}

/** East customers held at a tier for visit requests, made once each (the tier-override rows change eastCustomer's tier). */
const visitCustomers: Partial<Record<'vip' | 'key' | 'general', string>> = {};
async function visitCustomer(tier: 'vip' | 'key' | 'general'): Promise<string> {
  if (!visitCustomers[tier]) {
    const id = await freshCustomerId();
    const held = await api.call('PUT', `/customers/${id}/tier-override`, { as: callerFor('sales-head'), body: { tier, reason: '权限测试', expiresOn: '2099-12-31' } });
    expect(held.status).toBe(200);
    visitCustomers[tier] = id;
  }
  return visitCustomers[tier]!;
}

function visitBody(customerId: string, rank: string, past = false) {
  const arrival = Date.now() + (past ? -3_600_000 : 10 * 86_400_000);
  return {
    customerId,
    visitors: [{ name: '权限测试', title: '总监', rank }],
    arrivalAt: new Date(arrival).toISOString(),
    departureAt: new Date(arrival + 86_400_000).toISOString(),
    purpose: '权限测试',
    headcount: 1,
  };
}

const thisYear = () => Number(shanghaiDate(new Date()).slice(0, 4));

/** The quarter `back` quarters before the one running now ('2026-Q4' → 1 back: '2026-Q3'). */
function reportQuarter(back: number): string {
  let period = periodOf('quarter', new Date());
  for (let i = 0; i < back; i++) period = previousPeriod(period);
  return period.id;
}

const reportText = { mainResults: '重点客户全部回访', problems: '一般客户覆盖不足', improvements: '按月排期' };

/** The caller's own department's scorecard `back` quarters ago (Finance's, East China's; Sales' for everyone else). */
function departmentScorecardPath(caller: Principal, back: number): string {
  const department = caller.role === 'finance' ? 'finance' : caller.role === 'unit-head' ? `unit:${caller.unitId}` : 'sales';
  return `/assessments/departments/${department}/${reportQuarter(back)}`;
}

async function departmentScorecardEtag(path: string): Promise<string> {
  const res = await api.call('GET', path, { as: callerFor('admin') });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.headers.get('etag')!;
}

/** A score on every indicator in force and the written evaluation: what a submission needs. */
async function fullDepartmentScores() {
  const current = await api.call('GET', '/settings/assessment-indicators/department', { as: callerFor('admin') });
  return { scores: current.body.indicators.map((i: { code: string }) => ({ code: i.code, score: 1, comment: '' })), overallComment: '权限测试总体评价' };
}

async function reportEtag(quarter: string): Promise<string> {
  const res = await api.call('GET', `/revisit-reports/east/${quarter}`, { as: callerFor('admin') });
  expect(res.status).toBe(200);
  return res.headers.get('etag')!;
}

async function scorecardEtag(quarter: string): Promise<string> {
  const res = await api.call('GET', `/assessments/units/east/${quarter}`, { as: callerFor('admin') });
  expect(res.status).toBe(200);
  return res.headers.get('etag')!;
}

/** Every indicator of the unit scorecard scored: what a submission needs. */
async function fullScores(quarter: string) {
  const res = await api.call('GET', `/assessments/units/east/${quarter}`, { as: callerFor('admin') });
  return { scores: res.body.rows.map((r: { definition: { code: string } }) => ({ code: r.definition.code, score: 1, comment: '' })), overallComment: '权限测试' };
}

/** The quarter's east scorecard submitted by Sales, once, so the unit head has something to answer. */
async function submittedScorecard(quarter: string): Promise<void> {
  const current = await api.call('GET', `/assessments/units/east/${quarter}`, { as: callerFor('admin') });
  if (current.body.scorecard.state !== 'draft') return;
  const submitted = await api.call('POST', `/assessments/units/east/${quarter}/submit`, { as: callerFor('sales-head'), body: await fullScores(quarter), headers: { 'if-match': current.headers.get('etag')! } });
  expect(submitted.status).toBe(200);
}

function temporaryPlanBody() {
  const today = shanghaiDate(new Date());
  const end = shanghaiDate(new Date(Date.now() + 10 * 86_400_000));
  return { unitId: 'east' as const, purpose: '权限测试临时回访', customerIds: [eastCustomer.id], startDate: today, endDate: end };
}

/** A pending temporary plan submitted by `caller` when its role may submit one, else by admin. */
async function temporaryPlanOf(caller: Principal): Promise<string> {
  const as = expectations['POST /revisit-plans/temporary'].allowed.includes(caller.role) ? caller : callerFor('admin');
  const res = await api.call('POST', '/revisit-plans/temporary', { as, body: temporaryPlanBody() });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.plan.id;
}

async function freshVisit(as: Principal, tier: 'vip' | 'key' | 'general', rank: string, past = false) {
  const res = await api.call('POST', '/visits', { as, body: visitBody(await visitCustomer(tier), rank, past) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; arrivalAt: string; steps: { id: string; title: { 'zh-CN': string }; dueAt: string }[] };
}

/** A visit of a general customer registered and recorded by `caller` (every role may host), with one follow-up item. */
const meetingBody = () => ({ topic: '权限测试座谈会', kind: 'symposium', startsAt: new Date(Date.now() - 3_600_000).toISOString(), place: '公司三楼会议室', hostIds: ['sales.head'] });

/** A meeting an admin planned an hour ago, with the east customer invited unless asked not to. */
async function freshMeeting(invite: boolean): Promise<string> {
  const made = await api.call('POST', '/meetings', { as: callerFor('admin'), body: meetingBody() });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  if (invite) expect((await api.call('POST', `/meetings/${made.body.id}/invitations`, { as: callerFor('admin'), body: { customerIds: [eastCustomer.id] } })).status).toBe(200);
  return made.body.id;
}

/** An inquiry about the east customer, received by an admin: its opinion's id in the register. */
async function freshOpinion(): Promise<string> {
  const made = await api.call('POST', '/service-requests', {
    as: callerFor('admin'),
    body: { customerId: eastCustomer.id, kind: 'inquiry', channel: 'phone', contact: { name: '王建国' }, statement: '能否缩短交货周期？' },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  return `sr-${made.body.id}`;
}

async function recordedFollowUp(caller: Principal): Promise<{ visitId: string; followUpId: string }> {
  const visit = await freshVisit(caller, 'general', 'manager', true);
  const recorded = await api.call('POST', `/visits/${visit.id}/record`, {
    as: caller,
    body: { metWith: ['孙强'], outcomes: '达成合作意向', followUps: [{ description: '寄送新品样品并回访', kind: 'revisit' }] },
  });
  expect(recorded.status, JSON.stringify(recorded.body)).toBe(200);
  return { visitId: visit.id, followUpId: recorded.body.record.followUps[0].id };
}

beforeAll(async () => {
  await seedStaff();
  userPool = await testUserPool();
  api = await startApi();
  const east = await api.call('POST', '/customers', {
    as: callerFor('unit-staff'),
    body: { name: '华东权限测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
  });
  expect(east.status).toBe(201);
  eastCustomer = east.body;
  const north = await api.call('POST', '/customers', {
    as: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
    body: { name: '华北权限测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
  });
  expect(north.status).toBe(201);
  northCustomerId = north.body.id;
});

afterAll(() => {
  cognito?.close();
  return api?.close();
});

describe('the permission matrix', () => {
  it('has a row for every route in the route table, and no row for a route that does not exist', () => {
    expect(Object.keys(expectations).sort()).toEqual(Object.keys(routes).sort());
  });

  it('matches the roles the route table declares', () => {
    for (const [key, row] of Object.entries(expectations)) {
      expect([...routes[key as AppRouteKey].roles].sort(), key).toEqual([...row.allowed].sort());
    }
  });

  for (const key of Object.keys(expectations) as AppRouteKey[]) {
    describe(key, () => {
      it.each([...roles])(`answers %s as the matrix says`, async (role) => {
        const caller = callerFor(role);
        const req = await requestFor(key, caller);
        const res = await api.call(req.method, req.path, { as: caller, body: req.body, headers: req.headers });
        const row = expectations[key];
        expect(res.status, JSON.stringify(res.body)).toBe(row.allowed.includes(role) ? row.ok : (row.denied ?? 403));
        if (res.status === 403) expect(res.body.error.code).toBe('forbidden');
      });

      it('refuses no token, an expired token and a token signed by another key', async () => {
        const req = await requestFor(key, callerFor('admin'));
        const admin = callerFor('admin');
        const tokens = [undefined, await api.sign(admin, { expiresIn: Math.floor(Date.now() / 1000) - 60 }), await api.sign(admin, { key: 'stranger' })];
        for (const token of tokens) {
          const res = await api.call(req.method, req.path, { token: token ?? '', body: req.body, headers: req.headers });
          expect(res.status).toBe(401);
        }
      });
    });
  }
});

describe('data scope across units', () => {
  const eastStaff = callerFor('unit-staff');

  it('hides another unit’s customer from reads and writes (404, not 403)', async () => {
    const read = await api.call('GET', `/customers/${northCustomerId}`, { as: eastStaff });
    expect(read.status).toBe(404);
    const write = await api.call('PATCH', `/customers/${northCustomerId}`, { as: eastStaff, body: { notes: 'x' }, headers: { 'if-match': '"1"' } });
    expect(write.status).toBe(404);
    const admin = await api.call('GET', `/customers/${northCustomerId}`, { as: callerFor('admin') });
    expect(admin.body.notes).toBe('');
  });

  it('keeps another unit’s customers out of lists and staff lists', async () => {
    const list = await api.call('GET', '/customers?limit=100', { as: eastStaff });
    expect(list.body.items.map((c: { unitId: string }) => c.unitId)).not.toContain('north');
    const staff = await api.call('GET', '/staff?unitId=north', { as: eastStaff });
    expect(staff.body.items.every((s: { unitId?: string }) => s.unitId === 'east')).toBe(true);
  });

  it('takes the caller from the token, never from the body', async () => {
    const res = await api.call('POST', '/customers', {
      as: eastStaff,
      body: { name: '冒名测试有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', createdBy: 'admin' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('createdBy');
  });
});
