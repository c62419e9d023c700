import type { QueueName } from './queues';
import type { Role } from './roles';

/**
 * The route table: the only place a route is declared.
 * CDK makes one Lambda and one API route per entry; the local API server mounts the same entries;
 * the permission test walks every entry for every role. `handler` is the module under functions/
 * (exporting `handler`); `roles` are the Cognito groups allowed; `access` is the table access the
 * function is granted in the cloud (least privilege). What a route accepts and answers (its schemas) is
 * its contract, under the same key in shared/contracts/ (route-contract.ts says how to add one).
 */
export interface RouteDefinition {
  readonly handler: string;
  readonly roles: readonly Role[];
  readonly access: 'read' | 'read-write';
  /** 'jwt' (default): Cognito ID token required. 'webhook': signed by the order system, no JWT. */
  readonly auth?: 'jwt' | 'webhook';
  /**
   * Object storage (the attachments bucket) the function is granted, if any: presigning a download or
   * reading an uploaded file needs 'read'; presigning an upload or writing files, 'read-write'.
   */
  readonly storage?: 'read' | 'read-write';
  /** The step queue (shared/queues.ts) the function starts work on; it is granted SendMessage on it only. */
  readonly sends?: QueueName;
  /** A budget above the default 10 s for routes that build a file; API Gateway answers within 30 s. */
  readonly timeoutSeconds?: number;
  /**
   * 'append': the function writes archive access-log entries (R2 查阅记录). In the cloud no function may
   * change or delete a log entry, and every function without this may not even add one
   * (test/infra/access-log-guard.test.ts checks this against what each handler's bundle calls).
   */
  readonly accessLog?: 'append';
  /**
   * 'send': the function emails people (a channel they chose for reminders). In the cloud only such
   * functions get MAIL_FROM and ses:SendEmail on the sender's identity (infra/constructs/mail-sending.ts).
   */
  readonly mail?: 'send';
  /**
   * 'read': the function reads the company's WeCom / DingTalk app settings (a secret) without sending
   * (the settings page says whether the app reaches the person). Functions with `mail: 'send'` read them too.
   */
  readonly noticeApps?: 'read';
  /**
   * The Cognito user pool the function reaches (staff administration, issue 11): 'read' lists and reads
   * accounts, 'manage' also creates, changes, disables them and resets passwords. In the cloud only such
   * functions get USER_POOL_ID and exactly those cognito-idp actions on the pool (infra/constructs/user-pool-access.ts).
   */
  readonly accounts?: 'read' | 'manage';
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export type RouteKey = `${HttpMethod} /${string}`;

const everyone = [
  'admin',
  'leadership',
  'sales-head',
  'office',
  'finance',
  'sales',
  'unit-head',
  'unit-staff',
] as const satisfies readonly Role[];

/** Who keeps the archive day to day: Sales and the business units (R1, R2). */
const customerEditors = ['admin', 'sales-head', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];

/** Sales matches order events for customers the order system named in a way we did not recognise (R4). */
const orderMatchers = ['admin', 'sales-head', 'sales'] as const satisfies readonly Role[];

/** Who follows overdue 回款 (R11): those who answer for customers, Finance (collection) and leadership; in their scope. */
const receivableReaders = ['admin', 'leadership', 'sales-head', 'finance', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];

/** Who reads the units' scorecards (R9): Sales, oversight, and the units themselves (their own, checked per unit). */
const scorecardReaders = ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];

/** Who answers for the archive as a whole: the recycle bin and bulk reassignment (R2). */
const archiveKeepers = ['admin', 'sales-head'] as const satisfies readonly Role[];

/** Who may read the access log: Sales heads and the General Office (R2), and admins. */
const accessLogReaders = ['admin', 'sales-head', 'office'] as const satisfies readonly Role[];

/**
 * Who may export the archive to Excel (R2: "exported by those allowed"): those who answer for customers
 * (Sales, unit heads), the office and leadership for oversight, and admins. Unit staff and Finance read
 * single records for their work; a bulk copy of the archive is not part of it.
 */
const archiveExporters = ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'] as const satisfies readonly Role[];

/** Staff administration (用户管理, issue 11): admins change people and accounts; the General Office may look. */
const userAdmins = ['admin'] as const satisfies readonly Role[];
const userViewers = ['admin', 'office'] as const satisfies readonly Role[];
/**
 * Who reads the R8 reports (issue 12): Sales heads (who assess the units, R9), the General Office (which assesses
 * every department's service, 第六条〔七〕), leadership and admins across the company; a unit head their own unit.
 * Salespeople, unit staff and Finance work from their lists and the 工作台 instead.
 */
const reportReaders = ['admin', 'leadership', 'sales-head', 'office', 'unit-head'] as const satisfies readonly Role[];

/** Those who answer for a department the General Office assesses (headRoleOf in shared/service/departments.ts). */
const departmentHeads = ['sales-head', 'finance', 'unit-head'] as const satisfies readonly Role[];
/** Who reads the department scorecards (第六条〔八〕): the office, oversight, and each department's head (their own). */
const departmentScorecardReaders = ['admin', 'leadership', 'office', ...departmentHeads] as const satisfies readonly Role[];

/** Customer meetings (第三条〔八〕): Sales organises; the units work on their own invitees; oversight reads. */
const meetingOrganizers = ['admin', 'sales-head', 'sales'] as const satisfies readonly Role[];
const meetingWorkers = customerEditors;
const meetingReaders = ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'] as const satisfies readonly Role[];
/** The opinions register (第三条〔四〕): all but Finance read it; who handles one is narrowed per opinion (shared/opinions). */
const opinionReaders = meetingReaders;

/** Who may import from Excel: the customer editors; historic orders only Sales heads and admins (checked per kind). */
const importers = customerEditors;

export const routes = {
  'GET /customers': { handler: 'customers/list-customers', roles: everyone, access: 'read' },
  'POST /customers': { handler: 'customers/create-customer', roles: customerEditors, access: 'read-write' },
  // Near-duplicate names (R2), asked by the create and edit forms before saving; in the caller's scope, no contacts.
  'GET /customers/similar': { handler: 'customers/find-similar-customers', roles: customerEditors, access: 'read' },
  // read-write: every reading of a customer's detail writes its access-log entry (R2).
  // The header search (issue 12): customers, service requests and visits the caller may see, a handful of each.
  'GET /search': { handler: 'search/search', roles: everyone, access: 'read' },
  'GET /customers/{customerId}': { handler: 'customers/get-customer', roles: everyone, access: 'read-write', accessLog: 'append' },
  'PATCH /customers/{customerId}': { handler: 'customers/update-customer', roles: customerEditors, access: 'read-write' },
  'GET /staff': { handler: 'staff/list-staff', roles: everyone, access: 'read' },
  // Everyone's name, for showing who did something (建档人, 最后修改人, history): a unit user's own /staff is their
  // unit alone, yet Sales, admins and other units' people touch their records too. Names only, no roles or units.
  'GET /staff/names': { handler: 'staff/list-staff-names', roles: everyone, access: 'read' },
  // Staff and their accounts (用户管理, issue 11): the Cognito account and the directory entry change together.
  'GET /users': { handler: 'users/list-users', roles: userViewers, access: 'read', accounts: 'read' },
  'GET /users/history': { handler: 'users/search-user-history', roles: userViewers, access: 'read' },
  'GET /users/{username}': { handler: 'users/get-user', roles: userViewers, access: 'read', accounts: 'read' },
  // What a person still holds (customers, open requests, obligations, reception steps), shown before disabling.
  'GET /users/{username}/holdings': { handler: 'users/get-user-holdings', roles: userViewers, access: 'read' },
  'POST /users': { handler: 'users/create-user', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  'PATCH /users/{username}': { handler: 'users/update-user', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  'POST /users/{username}/disable': { handler: 'users/disable-user', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  'POST /users/{username}/enable': { handler: 'users/enable-user', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  'POST /users/{username}/reset-password': { handler: 'users/reset-password', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  // An account made in the Cognito console enters the directory.
  'POST /users/{username}/adopt': { handler: 'users/adopt-user', roles: userAdmins, access: 'read-write', accounts: 'manage' },
  // Business units (业务单位, R1) as records: everyone who fills a form or filter reads the list; only admins
  // change it; the history is for those who oversee the organisation (admins, the office, leadership, Sales heads).
  'GET /units': { handler: 'units/list-units', roles: everyone, access: 'read' },
  'POST /units': { handler: 'units/create-unit', roles: ['admin'], access: 'read-write' },
  'PATCH /units/{code}': { handler: 'units/update-unit', roles: ['admin'], access: 'read-write' },
  'POST /units/{code}/retire': { handler: 'units/retire-unit', roles: ['admin'], access: 'read-write' },
  'GET /units/{code}/history': { handler: 'units/get-unit-history', roles: ['admin', 'office', 'leadership', 'sales-head'], access: 'read' },
  // The confidential archive (R2): history, verification, recycle bin, reassignment, access log, inbox.
  // History shows the record's values, so it has the record's readers and scope (and is logged too).
  'GET /customers/{customerId}/history': { handler: 'customers/get-customer-history', roles: everyone, access: 'read-write', accessLog: 'append' },
  'POST /customers/{customerId}/verify': { handler: 'customers/verify-customer', roles: customerEditors, access: 'read-write' },
  // Deleting and restoring are for Sales heads (who answer for the archive, R2) and admins; the staff who
  // edit day to day may not remove a customer from everyone's view, since nothing is deleted outright.
  'DELETE /customers/{customerId}': { handler: 'customers/delete-customer', roles: archiveKeepers, access: 'read-write' },
  'POST /customers/{customerId}/restore': { handler: 'customers/restore-customer', roles: archiveKeepers, access: 'read-write' },
  'GET /recycle-bin': { handler: 'customers/list-recycle-bin', roles: archiveKeepers, access: 'read' },
  'POST /customers/reassign': { handler: 'customers/reassign-customers', roles: archiveKeepers, access: 'read-write' },
  'GET /access-log': { handler: 'access-log/search-access-log', roles: accessLogReaders, access: 'read' },
  // The search's filters as an .xlsx (R2 "search it … and export it"); read-write only to append its own entry.
  'GET /access-log/export': { handler: 'access-log/export-access-log', roles: accessLogReaders, access: 'read-write', timeoutSeconds: 29, accessLog: 'append', storage: 'read-write' },
  'GET /inbox': { handler: 'inbox/list-inbox', roles: everyone, access: 'read' },
  'POST /inbox/{notificationId}/read': { handler: 'inbox/mark-read', roles: everyone, access: 'read-write' },
  'POST /inbox/read-all': { handler: 'inbox/mark-all-read', roles: everyone, access: 'read-write' },
  // Issue 12: the 工作台 (home) — each person's to-dos and their scope's figures, for every role.
  'GET /home': { handler: 'home/get-home', roles: everyone, access: 'read' },
  // The reports R8 still lacked (tiers and their changes, archive freshness, service quality by department):
  // company-wide for those who answer for customers and oversee them; a unit head's for their unit.
  // Issue 14: their .xlsx goes through a presigned link (functions/core/http/download-link.ts), hence storage.
  'GET /reports/tiers': { handler: 'reports/tier-report', roles: reportReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  'GET /reports/archive-freshness': { handler: 'reports/freshness-report', roles: reportReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  'GET /reports/service-quality': { handler: 'reports/service-quality-report', roles: reportReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  // The General Office's quarterly assessment of each department's service quality (第六条〔八〕, R9, issue 17): the
  // office scores and submits, the department's own head (Sales head, Finance, a unit's head) acknowledges or
  // objects; leadership and admins read all, a head only their own department's (checked per department).
  'GET /assessments/departments': { handler: 'assessments/list-department-scorecards', roles: departmentScorecardReaders, access: 'read', timeoutSeconds: 29 },
  'GET /assessments/departments/{department}/{quarter}': { handler: 'assessments/get-department-scorecard', roles: departmentScorecardReaders, access: 'read', timeoutSeconds: 29 },
  'PUT /assessments/departments/{department}/{quarter}': { handler: 'assessments/save-department-scorecard', roles: ['office'], access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/departments/{department}/{quarter}/submit': { handler: 'assessments/submit-department-scorecard', roles: ['office'], access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/departments/{department}/{quarter}/acknowledge': { handler: 'assessments/acknowledge-department-scorecard', roles: departmentHeads, access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/departments/{department}/{quarter}/object': { handler: 'assessments/object-department-scorecard', roles: departmentHeads, access: 'read-write', timeoutSeconds: 29 },
  'GET /assessments/departments/{department}/{quarter}/export': { handler: 'assessments/export-department-scorecard', roles: departmentScorecardReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  // Orders and tiers (R3, R4)
  'POST /webhooks/orders': { handler: 'orders/receive-order-event', roles: [], access: 'read-write', auth: 'webhook' },
  'GET /order-events/unmatched': { handler: 'orders/list-unmatched-events', roles: orderMatchers, access: 'read' },
  'POST /order-events/{eventKey}/match': { handler: 'orders/match-order-event', roles: orderMatchers, access: 'read-write' },
  'GET /customers/{customerId}/monthly-totals': { handler: 'tiers/get-monthly-totals', roles: everyone, access: 'read' },
  // Orders followed to the money (R11): each order's timeline and what the customer still owes, for the customer's readers.
  'GET /customers/{customerId}/orders': { handler: 'orders/list-customer-orders', roles: everyone, access: 'read' },
  // Overdue 回款 by owner and unit: for those who answer for customers and collect (Sales, units, Finance) and leadership.
  'GET /receivables/overdue': { handler: 'orders/list-overdue', roles: receivableReaders, access: 'read' },
  // The same list under the same filters as an .xlsx, through a presigned link (hence storage).
  'GET /receivables/overdue/export': { handler: 'orders/export-overdue', roles: receivableReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  // Sales targets (第五条〔一〕): the Sales head sets each year's per unit and salesperson; progress is summed per
  // request over the subject's customers (R4's totals and payments), hence the longer budget. Readers narrowed
  // per target (shared/sales-targets/target-access.ts).
  'GET /sales-targets': { handler: 'sales-targets/list-targets', roles: receivableReaders, access: 'read' },
  'GET /sales-targets/{year}/{kind}/{subjectId}': { handler: 'sales-targets/get-target', roles: receivableReaders, access: 'read', timeoutSeconds: 29 },
  'PUT /sales-targets/{year}/{kind}/{subjectId}': { handler: 'sales-targets/put-target', roles: ['admin', 'sales-head'], access: 'read-write' },
  'GET /customers/{customerId}/tier-history': { handler: 'tiers/get-tier-history', roles: everyone, access: 'read' },
  'PUT /customers/{customerId}/tier-override': { handler: 'tiers/set-tier-override', roles: ['sales-head'], access: 'read-write' },
  'DELETE /customers/{customerId}/tier-override': { handler: 'tiers/remove-tier-override', roles: ['sales-head'], access: 'read-write' },
  'GET /settings/tiers': { handler: 'tiers/get-tier-settings', roles: everyone, access: 'read' },
  'PUT /settings/tiers': { handler: 'tiers/update-tier-settings', roles: ['admin'], access: 'read-write' },
  'GET /settings/tiers/history': { handler: 'tiers/get-tier-settings-history', roles: ['admin', 'sales-head', 'leadership'], access: 'read' },
  // The archive's staleness period (R2 "configurable, default 12 months"): read by every list's stale flag.
  'GET /settings/archive': { handler: 'archive-settings/get-archive-settings', roles: everyone, access: 'read' },
  'PUT /settings/archive': { handler: 'archive-settings/update-archive-settings', roles: ['admin'], access: 'read-write' },
  'GET /settings/archive/history': { handler: 'archive-settings/get-archive-settings-history', roles: ['admin', 'sales-head', 'leadership'], access: 'read' },
  // Preferential policies (优惠政策, R3): Sales drafts, leadership records the GM office meeting's decision.
  'POST /customers/{customerId}/preferential-policies': { handler: 'policies/request-policy', roles: ['sales-head', 'sales'], access: 'read-write' },
  'GET /customers/{customerId}/preferential-policies': { handler: 'policies/list-customer-policies', roles: everyone, access: 'read' },
  'POST /customers/{customerId}/preferential-policies/{policyId}/decision': { handler: 'policies/decide-policy', roles: ['leadership'], access: 'read-write' },
  'GET /preferential-policies': { handler: 'policies/list-policies', roles: ['admin', 'leadership', 'sales-head', 'sales', 'finance'], access: 'read' },
  // Customer visits and reception plans (客户接待, R5). Every department may host (第十条〔一〕), so registering,
  // reading and the hosting side's writes are open to all roles and narrowed per visit (hosting unit,
  // registrant, the owner the standard names); deciding a plan is leadership's (公司领导/主管领导).
  'POST /visits': { handler: 'visits/register-visit', roles: everyone, access: 'read-write' },
  'GET /visits': { handler: 'visits/visit-calendar', roles: everyone, access: 'read' },
  'GET /visit-approvals': { handler: 'visits/list-awaiting-approval', roles: ['admin', 'leadership'], access: 'read' },
  // The open steps the caller's role (in their unit) owns: the 工作台's "reception steps I own" opens this list.
  'GET /visit-steps': { handler: 'visits/my-steps', roles: everyone, access: 'read' },
  'GET /visits/{visitId}': { handler: 'visits/get-visit', roles: everyone, access: 'read' },
  'POST /visits/{visitId}/approval': { handler: 'visits/decide-visit', roles: ['leadership'], access: 'read-write' },
  // The drafters the standard names: 销售部 (its head) for 1〔1〕, the business unit (its head) otherwise.
  'POST /visits/{visitId}/resubmit': { handler: 'visits/resubmit-visit', roles: ['admin', 'sales-head', 'unit-head'], access: 'read-write' },
  // Step owners and alternates the standard names (test/unit/reception-standard.test.ts derives them), the hosting unit's head, admins.
  'POST /visits/{visitId}/steps/{stepId}/done': { handler: 'visits/tick-step', roles: ['admin', 'leadership', 'sales-head', 'unit-head', 'unit-staff'], access: 'read-write' },
  'PUT /visits/{visitId}/steps': { handler: 'visits/edit-steps', roles: everyone, access: 'read-write' },
  'POST /visits/{visitId}/record': { handler: 'visits/record-visit', roles: everyone, access: 'read-write' },
  'POST /visits/{visitId}/cancel': { handler: 'visits/cancel-visit', roles: everyone, access: 'read-write' },
  'GET /customers/{customerId}/visits': { handler: 'visits/customer-visits', roles: everyone, access: 'read' },
  // A recorded visit's follow-up becomes a service request (anyone may receive one, R7) or a revisit (those who
  // record revisits, R6), linked to the item; narrowed per visit to the hosting side and the item's owner.
  'POST /visits/{visitId}/follow-ups/{followUpId}/service-request': { handler: 'visits/follow-up-service-request', roles: everyone, access: 'read-write' },
  'POST /visits/{visitId}/follow-ups/{followUpId}/revisit': { handler: 'visits/follow-up-revisit', roles: customerEditors, access: 'read-write' },
  // Customer meetings (客户座谈会、交流会, 第三条〔八〕): Sales plans them, invites, writes the minutes; those who oversee
  // read them; a unit's people read the meetings their customers are invited to (only those invitations), record
  // their customers' replies, attendance and feedback, and turn that feedback into requests or revisits.
  'POST /meetings': { handler: 'meetings/plan-meeting', roles: meetingOrganizers, access: 'read-write' },
  'GET /meetings': { handler: 'meetings/list-meetings', roles: meetingReaders, access: 'read' },
  'GET /meetings/{meetingId}': { handler: 'meetings/get-meeting', roles: meetingReaders, access: 'read' },
  'PATCH /meetings/{meetingId}': { handler: 'meetings/change-plan', roles: meetingOrganizers, access: 'read-write' },
  'GET /meetings/{meetingId}/history': { handler: 'meetings/plan-history', roles: meetingReaders, access: 'read' },
  'POST /meetings/{meetingId}/invitations': { handler: 'meetings/invite-customers', roles: meetingOrganizers, access: 'read-write' },
  'PUT /meetings/{meetingId}/invitations/{customerId}': { handler: 'meetings/update-invitation', roles: meetingWorkers, access: 'read-write' },
  'PUT /meetings/{meetingId}/minutes': { handler: 'meetings/write-minutes', roles: meetingOrganizers, access: 'read-write' },
  'POST /meetings/{meetingId}/cancel': { handler: 'meetings/cancel-meeting', roles: meetingOrganizers, access: 'read-write' },
  'POST /meetings/{meetingId}/feedback': { handler: 'meetings/add-feedback', roles: meetingWorkers, access: 'read-write' },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request': { handler: 'meetings/feedback-service-request', roles: meetingWorkers, access: 'read-write' },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit': { handler: 'meetings/feedback-revisit', roles: meetingWorkers, access: 'read-write' },
  'GET /customers/{customerId}/meetings': { handler: 'meetings/customer-meetings', roles: everyone, access: 'read' },
  // The opinions register (第三条〔四〕): every opinion a customer gave, its department, decision and answer. Read by all
  // but Finance (a unit user their unit's), handled by Sales, the department it is passed to and the customer's unit.
  'GET /opinions': { handler: 'opinions/list-opinions', roles: opinionReaders, access: 'read' },
  'GET /opinions/export': { handler: 'opinions/export-opinions', roles: opinionReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  'GET /opinions/{opinionId}': { handler: 'opinions/get-opinion', roles: opinionReaders, access: 'read' },
  'POST /opinions/{opinionId}/actions': { handler: 'opinions/act-on-opinion', roles: opinionReaders, access: 'read-write' },
  // Attachments (R2): uploaded straight to object storage by those who edit the customer, listed and
  // downloaded by those who read it (a VIP or key customer's with a purpose); each download is logged.
  'POST /customers/{customerId}/attachments': { handler: 'attachments/request-upload', roles: customerEditors, access: 'read-write', storage: 'read-write' },
  'GET /customers/{customerId}/attachments': { handler: 'attachments/list-attachments', roles: everyone, access: 'read-write', storage: 'read', accessLog: 'append' },
  'GET /customers/{customerId}/attachments/{attachmentId}': { handler: 'attachments/download-attachment', roles: everyone, access: 'read-write', storage: 'read', accessLog: 'append' },
  // Excel in and out (issue 3; historic orders, issue 4). Imports run as jobs on the import-steps queue.
  'GET /customers/import-template': { handler: 'imports/customer-template', roles: customerEditors, access: 'read' },
  'GET /order-events/import-template': { handler: 'imports/order-template', roles: ['admin', 'sales-head'], access: 'read' },
  'GET /customers/export': { handler: 'customers/export-customers', roles: archiveExporters, access: 'read-write', timeoutSeconds: 29, accessLog: 'append', storage: 'read-write' },
  'POST /imports/uploads': { handler: 'imports/request-import-upload', roles: importers, access: 'read', storage: 'read-write' },
  'POST /imports': { handler: 'imports/start-import', roles: importers, access: 'read-write', storage: 'read', sends: 'import-steps' },
  'GET /imports': { handler: 'imports/list-imports', roles: importers, access: 'read' },
  'GET /imports/{importId}': { handler: 'imports/get-import', roles: importers, access: 'read' },
  'POST /imports/{importId}/commit': { handler: 'imports/commit-import', roles: importers, access: 'read-write', sends: 'import-steps' },
  // Service requests and complaints under first-inquiry responsibility (首问负责制, R7): anyone may receive one.
  'POST /service-requests': { handler: 'service/receive-request', roles: everyone, access: 'read-write' },
  'GET /service-requests': { handler: 'service/list-requests', roles: everyone, access: 'read' },
  'GET /service-requests/stats': { handler: 'service/request-stats', roles: ['admin', 'leadership', 'sales-head', 'office'], access: 'read' },
  'GET /service-requests/{requestId}': { handler: 'service/get-request', roles: everyone, access: 'read' },
  'POST /service-requests/{requestId}/actions': { handler: 'service/act-on-request', roles: everyone, access: 'read-write' },
  // Revisits (客户回访, R6): Sales and the business units record them; whoever may read the customer lists
  // them (same scope as the customer); coverage is for those who answer for it and for oversight.
  'POST /customers/{customerId}/revisits': { handler: 'revisits/record-revisit', roles: customerEditors, access: 'read-write' },
  'GET /customers/{customerId}/revisits': { handler: 'revisits/list-revisits', roles: everyone, access: 'read' },
  'GET /revisits/coverage': { handler: 'revisits/revisit-coverage', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], access: 'read' },
  // Issue 5 (helper: plans and the quarterly evaluation). A unit's annual revisit plan: read by Sales, leadership and
  // the office (and the unit's head), written by the unit's head, Sales heads and admins; each change kept (R6).
  'GET /revisit-plans/annual/{unitId}/{year}': { handler: 'revisit-plans/get-annual-plan', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], access: 'read' },
  'PUT /revisit-plans/annual/{unitId}/{year}': { handler: 'revisit-plans/put-annual-plan', roles: ['admin', 'sales-head', 'unit-head'], access: 'read-write' },
  // Temporary plans run once leadership approves them (R6): Sales and unit heads submit, leadership decides, those
  // who make revisits (unit staff included, in their unit) read them and what they owe.
  'POST /revisit-plans/temporary': { handler: 'revisit-plans/create-temporary-plan', roles: ['admin', 'sales-head', 'sales', 'unit-head'], access: 'read-write' },
  'GET /revisit-plans/temporary': { handler: 'revisit-plans/list-temporary-plans', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], access: 'read' },
  'GET /revisit-plans/temporary/{planId}': { handler: 'revisit-plans/get-temporary-plan', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], access: 'read' },
  'POST /revisit-plans/temporary/{planId}/decision': { handler: 'revisit-plans/decide-temporary-plan', roles: ['leadership'], access: 'read-write' },
  'POST /revisit-plans/temporary/{planId}/resubmit': { handler: 'revisit-plans/resubmit-temporary-plan', roles: ['admin', 'sales-head', 'sales', 'unit-head'], access: 'read-write' },
  'POST /revisit-plans/temporary/{planId}/cancel': { handler: 'revisit-plans/cancel-temporary-plan', roles: ['admin', 'sales-head', 'sales', 'unit-head'], access: 'read-write' },
  'GET /revisit-plans/due': { handler: 'revisit-plans/plan-due', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], access: 'read' },
  // The quarterly revisit evaluation per unit (R6): the unit's head writes and submits, Sales (its head) reviews;
  // read and exported by the plan's readers. Figures are computed per request, hence the longer budget.
  'GET /revisit-reports': { handler: 'revisit-reports/list-reports', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], access: 'read' },
  'GET /revisit-reports/{unitId}/{quarter}': { handler: 'revisit-reports/get-report', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], access: 'read', timeoutSeconds: 29 },
  'PUT /revisit-reports/{unitId}/{quarter}': { handler: 'revisit-reports/save-report', roles: ['unit-head'], access: 'read-write', timeoutSeconds: 29 },
  'POST /revisit-reports/{unitId}/{quarter}/submit': { handler: 'revisit-reports/submit-report', roles: ['unit-head'], access: 'read-write', timeoutSeconds: 29 },
  'POST /revisit-reports/{unitId}/{quarter}/review': { handler: 'revisit-reports/review-report', roles: ['sales-head'], access: 'read-write', timeoutSeconds: 29 },
  'GET /revisit-reports/{unitId}/{quarter}/export': { handler: 'revisit-reports/export-report', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head'], access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  // Assessments (考核, R9, issue 17): each kind's indicators are data, read by all (the scorecards explain them),
  // changed by admins with history, the history read by those who assess and oversee.
  'GET /settings/assessment-indicators/{kind}': { handler: 'assessments/get-indicators', roles: everyone, access: 'read' },
  'PUT /settings/assessment-indicators/{kind}': { handler: 'assessments/update-indicators', roles: ['admin'], access: 'read-write' },
  'GET /settings/assessment-indicators/{kind}/history': { handler: 'assessments/get-indicators-history', roles: ['admin', 'leadership', 'sales-head', 'office'], access: 'read' },
  // The business units' quarterly scorecards (第三条〔一〕, 第十二条): Sales scores and submits, the unit's own head
  // acknowledges or objects; oversight reads all, unit people only their own unit's (checked per unit).
  'GET /assessments/units': { handler: 'assessments/list-unit-scorecards', roles: scorecardReaders, access: 'read' },
  'GET /assessments/units/{unitId}/{quarter}': { handler: 'assessments/get-unit-scorecard', roles: scorecardReaders, access: 'read', timeoutSeconds: 29 },
  'PUT /assessments/units/{unitId}/{quarter}': { handler: 'assessments/save-unit-scorecard', roles: ['sales-head', 'sales'], access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/units/{unitId}/{quarter}/submit': { handler: 'assessments/submit-unit-scorecard', roles: ['sales-head', 'sales'], access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/units/{unitId}/{quarter}/acknowledge': { handler: 'assessments/acknowledge-unit-scorecard', roles: ['unit-head'], access: 'read-write', timeoutSeconds: 29 },
  'POST /assessments/units/{unitId}/{quarter}/object': { handler: 'assessments/object-unit-scorecard', roles: ['unit-head'], access: 'read-write', timeoutSeconds: 29 },
  'GET /assessments/units/{unitId}/{quarter}/export': { handler: 'assessments/export-unit-scorecard', roles: scorecardReaders, access: 'read', timeoutSeconds: 29, storage: 'read-write' },
  // Issue 5 (helper: rules, channels, calendar, follow-ups). Each customer's standing against the rules, for its readers.
  'GET /customers/{customerId}/revisit-obligations': { handler: 'revisits/customer-obligation-status', roles: everyone, access: 'read' },
  // A month of revisits due and made, per person or unit, for those who make them and those who oversee them (in their scope).
  'GET /revisits/calendar': { handler: 'revisits/revisit-calendar', roles: ['admin', 'leadership', 'sales-head', 'office', 'sales', 'unit-head', 'unit-staff'], access: 'read' },
  // The R6 frequency rules as a setting: read by all (the pages explain obligations), changed by admins, history for oversight.
  'GET /settings/revisits': { handler: 'revisits/get-revisit-settings', roles: everyone, access: 'read' },
  'PUT /settings/revisits': { handler: 'revisits/update-revisit-settings', roles: ['admin'], access: 'read-write' },
  'GET /settings/revisits/history': { handler: 'revisits/get-revisit-settings-history', roles: ['admin', 'sales-head', 'leadership'], access: 'read' },
  // A revisit's follow-up item becomes a service request (anyone may receive one, R7; scope checked per customer).
  'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request': { handler: 'revisits/follow-up-to-request', roles: everyone, access: 'read-write' },
  // Each person's own reminder channels (inbox always; email, WeCom, DingTalk); secrets only ever shown masked.
  'GET /me/notification-settings': { handler: 'notification-settings/get-my-notification-settings', roles: everyone, access: 'read', noticeApps: 'read' },
  'PUT /me/notification-settings': { handler: 'notification-settings/update-my-notification-settings', roles: everyone, access: 'read-write', noticeApps: 'read' },
  // read-write: the test message lands in the caller's inbox too.
  'POST /me/notification-settings/test': { handler: 'notification-settings/test-my-channels', roles: everyone, access: 'read-write', mail: 'send' },
  // The caller's own second factor as Cognito has it, recorded in the directory for the admin TOTP check
  // (shared/admin-mfa.ts); the SPA calls it after sign-in and after turning TOTP on or off.
  'POST /me/mfa': { handler: 'account/sync-my-mfa', roles: everyone, access: 'read-write' },
} as const satisfies Record<RouteKey, RouteDefinition>;

export type AppRouteKey = keyof typeof routes;

export function routeEntries(): [AppRouteKey, RouteDefinition][] {
  return Object.entries(routes) as [AppRouteKey, RouteDefinition][];
}

export function splitRouteKey(key: string): { method: HttpMethod; path: string } {
  const [method, path] = key.split(' ') as [HttpMethod, string];
  return { method, path };
}
