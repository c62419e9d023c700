import type { Bilingual } from './messages';
/**
 * What a notice asks of its reader (issue 12): each person chooses, per one of these, the channels it
 * reaches them on and whether it comes one by one or in a daily digest. The inbox item's `kind` is more
 * specific (what the SPA links and shows); `noticeCategoryOf` maps it here.
 */
export const noticeCategories = [
  'service-request',
  'approval-waiting',
  'approval-decided',
  'reception-step',
  'tier-change',
  'archive-stale',
  'customers-moved',
  'revisit-reminder',
  'receivable-overdue',
  'other',
] as const;
export type NoticeCategory = (typeof noticeCategories)[number];

export const externalChannels = ['email', 'wecom', 'dingtalk'] as const;
export type ExternalChannel = (typeof externalChannels)[number];

const byKind: Record<string, NoticeCategory> = {
  // A request received for me, transferred to me, overdue or escalated (R7).
  'service-request': 'service-request',
  // A customer's opinion passed to my department, or past its answer date (第三条〔四〕): handled like a request.
  opinion: 'service-request',
  // Something waits for my decision.
  'visit-approval': 'approval-waiting',
  'revisit-plan-approval': 'approval-waiting',
  'revisit-report-submitted': 'approval-waiting',
  // A scorecard of my unit (or department) waits for my acknowledgement (R9).
  'assessment-submitted': 'approval-waiting',
  // What I asked for was decided.
  'visit-rejected': 'approval-decided',
  'revisit-plan-approved': 'approval-decided',
  'revisit-plan-rejected': 'approval-decided',
  'revisit-report-accepted': 'approval-decided',
  'revisit-report-returned': 'approval-decided',
  'assessment-acknowledged': 'approval-decided',
  'assessment-objected': 'approval-decided',
  'policy-decision': 'approval-decided',
  // A reception step of mine (R5).
  'visit-steps': 'reception-step',
  'visit-info': 'reception-step',
  // My customer changed tier, and what that puts under review (R3).
  'tier-changed': 'tier-change',
  'policy-review': 'tier-change',
  'archive-stale': 'archive-stale',
  'customers-reassigned': 'customers-moved',
  'revisit-reminder': 'revisit-reminder',
  'revisit-escalation': 'revisit-reminder',
  // Money owed on my customers' orders past its due date (R11).
  'receivable-overdue': 'receivable-overdue',
  // …falling due within days, and (to heads) overdue past the escalation threshold (shared/orders/receivable-reminders.ts).
  'receivable-due-soon': 'receivable-overdue',
  'receivable-escalation': 'receivable-overdue',
};

/** The category a person's choice is made for; a kind not listed (a channel test) is `other`. */
export function noticeCategoryOf(kind: string): NoticeCategory {
  return byKind[kind] ?? 'other';
}

export const noticeCategoryLabels: Record<NoticeCategory, Bilingual> = {
  'service-request': { 'zh-CN': '服务请求：分派、转给我、逾期', en: 'Service requests: assigned, transferred to me, overdue' },
  'approval-waiting': { 'zh-CN': '待我审批', en: 'Approvals waiting for me' },
  'approval-decided': { 'zh-CN': '审批结果', en: 'Approvals decided' },
  'reception-step': { 'zh-CN': '我负责的接待环节', en: 'Reception steps of mine' },
  'tier-change': { 'zh-CN': '我的客户等级变化', en: 'Tier changes of my customers' },
  'archive-stale': { 'zh-CN': '我的档案待核实', en: 'My stale archives' },
  'customers-moved': { 'zh-CN': '转给我的客户', en: 'Customers moved to me' },
  'revisit-reminder': { 'zh-CN': '回访提醒', en: 'Revisit reminders' },
  'receivable-overdue': { 'zh-CN': '回款提醒：将到期、逾期、督办', en: 'Payments: falling due, overdue, escalated' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
