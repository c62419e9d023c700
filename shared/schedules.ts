/**
 * The schedule table: every background job, its cron in Asia/Shanghai and its handler module
 * under functions/. CDK turns each entry into an EventBridge Scheduler schedule; the local
 * scheduler (croner) runs the same entries; `npm run job -- <name>` runs one on demand.
 * Cron strings use the six-field EventBridge form without seconds: minute hour day month weekday year.
 */
export interface ScheduleDefinition {
  readonly handler: string;
  /** EventBridge `cron(...)` body, e.g. '0 2 * * ? *' for 02:00 every day. */
  readonly cron: string;
  readonly description: string;
  /** 'send': the job emails people; in the cloud it gets MAIL_FROM and SES rights (infra/constructs/mail-sending.ts). */
  readonly mail?: 'send';
  /** 'read-write': the job writes files to the attachments bucket (ATTACHMENTS_BUCKET; read and put, never delete). */
  readonly storage?: 'read-write';
  /** 'read': the job lists the user pool's users and groups (USER_POOL_ID; read-only Cognito rights). */
  readonly userPool?: 'read';
}

export const scheduleTimezone = 'Asia/Shanghai';

export const schedules: Record<string, ScheduleDefinition> = {
  'recalculate-tiers': {
    handler: 'jobs/recalculate-tiers',
    cron: '0 2 * * ? *',
    description: 'Nightly re-tiering of every customer from its monthly order totals (R3)',
  },
  // Issue 12: the 工作台's figures (tiers and moves, revisit coverage, service, freshness, amounts), after the re-tiering.
  'home-summaries': {
    handler: 'jobs/home-summaries',
    cron: '30 2 * * ? *',
    description: 'Recompute the home page figures per unit and for the company, and each person\'s revisits due (nightly 02:30)',
  },
  // R2: archives not verified within the period are flagged stale and their owners reminded, weekly.
  'archive-freshness': {
    handler: 'jobs/archive-freshness',
    cron: '0 9 ? * 2 *', // Monday 09:00 (EventBridge numbers Sunday 1, Monday 2)
    description: 'Remind owners of customer archives not verified within the freshness period (weekly, Monday 09:00)',
  },
  // R7: open service requests past their expected date are flagged and escalated, daily.
  'flag-overdue-requests': {
    handler: 'jobs/flag-overdue-requests',
    cron: '0 8 * * ? *',
    description: 'Flag service requests past their expected date and escalate them (daily 08:00)',
  },
  // 第三条〔四〕: customers' opinions not answered by their date are flagged and escalated, daily (after the requests).
  'flag-overdue-opinions': {
    handler: 'jobs/flag-overdue-opinions',
    cron: '5 8 * * ? *',
    description: 'Flag customer opinions not answered by their date and escalate them (daily 08:05)',
  },
  // Issue 12: notices written with their changes go out on each person's other channels (email, WeCom,
  // DingTalk) within a minute; those a person takes as a digest wait for the daily digest below.
  'dispatch-notices': {
    handler: 'jobs/dispatch-notices',
    cron: '* * * * ? *',
    description: 'Send new notices on each recipient\'s chosen channels, or queue them for the digest (every minute)',
    mail: 'send',
  },
  // Issue 14: a run that failed or never started shows as overdue within a few hours, for weekly jobs too
  // (a CloudWatch alarm alone looks back at most 7 days). Its own silence raises every JobDidNotFinish alarm.
  'watch-jobs': {
    handler: 'jobs/watch-jobs',
    cron: '0,15,30,45 * * * ? *',
    description: 'Check that every scheduled job\'s last due run finished (every 15 minutes; JobDidNotFinish alarms)',
  },
  'notice-digest': {
    handler: 'jobs/notice-digest',
    cron: '45 8 * * ? *',
    description: 'Send each person who chose it one digest of their waiting notices (daily 08:45)',
    mail: 'send',
  },
  // R6: revisit obligations due soon are reminded to their owners, overdue ones escalated to their heads, daily.
  'revisit-reminders': {
    handler: 'jobs/revisit-reminders',
    cron: '30 8 * * ? *',
    description: 'Remind owners of revisits falling due and escalate overdue ones (daily 08:30; once per obligation per day)',
    mail: 'send',
  },
  // R11: the owners of overdue 回款 (money owed past its due date) and of money soon due are reminded, and money
  // long overdue goes to the heads, once a day each (timing: shared/orders/receivable-reminders.ts).
  'remind-overdue-receivables': {
    handler: 'jobs/remind-overdue-receivables',
    cron: '40 8 * * ? *',
    description: 'Remind owners of overdue and soon-due payments, escalate long-overdue ones to the heads (daily 08:40; once per recipient per day)',
  },
  // Cognito has no AWS Backup: a weekly copy of the user directory lets a lost pool be rebuilt (docs/operations.md).
  'export-user-directory': {
    handler: 'jobs/export-user-directory',
    cron: '0 3 ? * 1 *', // Sunday 03:00 (EventBridge numbers Sunday 1)
    description: 'Copy the user directory (users, groups, attributes) to the attachments bucket (weekly, Sunday 03:00)',
    storage: 'read-write',
    userPool: 'read',
  },
};
