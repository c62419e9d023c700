import type { ReportStatus } from '../schemas/revisit-report.schema';
import type { TemporaryPlanStatus } from '../schemas/revisit-plan.schema';
import type { RevisitChannel } from './rules';
import type { Bilingual } from '../messages';

/** Names used in files and pages of the revisit plans and evaluation report, in both languages. */
export const revisitChannelLabels: Record<RevisitChannel, Bilingual> = {
  phone: { 'zh-CN': '电话', en: 'Phone' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  email: { 'zh-CN': '邮件', en: 'Email' },
  'on-site': { 'zh-CN': '上门', en: 'On site' },
};

export const reportStatusLabels: Record<ReportStatus, Bilingual> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  submitted: { 'zh-CN': '待审核', en: 'Awaiting review' },
  returned: { 'zh-CN': '已退回', en: 'Returned' },
  accepted: { 'zh-CN': '已通过', en: 'Accepted' },
};

export const temporaryPlanStatusLabels: Record<TemporaryPlanStatus, Bilingual> = {
  pending: { 'zh-CN': '待审批', en: 'Awaiting approval' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  rejected: { 'zh-CN': '已退回', en: 'Rejected' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};
