/**
 * Messages of revisit plans (annual and temporary) and the quarterly revisit evaluation report (R6), in
 * both languages. Kept apart from messages.ts (which spreads them in), as file-messages.ts is; the codes
 * are ordinary message codes everywhere else.
 */
export const revisitPlanMessages = {
  // annual plans
  'revisitPlan.year': { 'zh-CN': '年度须在 2020 至 2100 之间。', en: 'The year must be between 2020 and 2100.' },
  // temporary plans: fields
  'revisitPlan.dateOrder': { 'zh-CN': '结束日期不能早于开始日期。', en: 'The end date cannot be before the start date.' },
  'revisitPlan.tooLong': { 'zh-CN': '临时回访计划最长 92 天。', en: 'A temporary revisit plan lasts at most 92 days.' },
  'revisitPlan.endInPast': { 'zh-CN': '结束日期不能早于今天。', en: 'The end date cannot be in the past.' },
  'revisitPlan.reasonRequired': { 'zh-CN': '退回或取消时须说明理由。', en: 'A rejection or cancellation needs its reason.' },
  'revisitPlan.duplicateCustomer': { 'zh-CN': '同一客户不能重复列入。', en: 'A customer is listed twice.' },
  'revisitPlan.customerNotInUnit': { 'zh-CN': '客户不存在或不属于该业务单位。', en: 'No such customer in that business unit.' },
  // temporary plans: refused moves (409) and actors (403)
  revisit_plan_not_pending: { 'zh-CN': '该临时回访计划不在待审批状态。', en: 'This temporary revisit plan is not awaiting approval.' },
  revisit_plan_not_rejected: { 'zh-CN': '只有被退回的临时回访计划才能修改后重新提交。', en: 'Only a rejected temporary revisit plan can be revised and resubmitted.' },
  revisit_plan_closed: { 'zh-CN': '该临时回访计划已取消，不能再修改。', en: 'This temporary revisit plan is cancelled; it can no longer change.' },
  revisit_plan_not_yours: { 'zh-CN': '只有计划的提交人、该业务单位负责人、销售部负责人或管理员可以这样做。', en: 'Only whoever submitted the plan, the unit head, a Sales head or an administrator can do this.' },
  // quarterly evaluation report
  'revisitReport.required': { 'zh-CN': '提交前须填写此项。', en: 'Fill this in before submitting.' },
  'revisitReport.commentRequired': { 'zh-CN': '退回报告时须写明意见。', en: 'Returning a report needs a comment.' },
  revisit_report_quarter: { 'zh-CN': '该季度尚未开始，不能编写评价报告。', en: 'That quarter has not started; its report cannot be written yet.' },
  revisit_report_awaiting_review: { 'zh-CN': '报告已提交，正在等待销售部审核，不能修改。', en: 'The report has been submitted and awaits the Sales review; it cannot change now.' },
  revisit_report_not_submitted: { 'zh-CN': '只有已提交的报告才能审核。', en: 'Only a submitted report can be reviewed.' },
  revisit_report_closed: { 'zh-CN': '报告已通过审核，不能再修改。', en: 'The report has been accepted; it can no longer change.' },
  revisit_report_not_unit_head: { 'zh-CN': '只有本业务单位负责人可以编写和提交评价报告。', en: 'Only the unit’s head can write and submit its evaluation report.' },
} as const;
