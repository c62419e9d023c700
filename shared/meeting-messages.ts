/** Messages of customer meetings and the opinions register (issue 17, 第三条〔四〕〔八〕). */
export const meetingMessages = {
  'meeting.filterEmpty': { 'zh-CN': '请至少选择单位、等级或客户类型之一。', en: 'Choose at least a unit, a tier or a customer kind.' },
  'meeting.noInvitees': { 'zh-CN': '请选择要邀请的客户，或按条件选择。', en: 'Choose the customers to invite, one by one or by a filter.' },
  'meeting.cancelled': { 'zh-CN': '该会议已取消。', en: 'This meeting is cancelled.' },
  'meeting.notPlanned': { 'zh-CN': '只有计划中的会议可以取消。', en: 'Only a planned meeting can be cancelled.' },
  'meeting.notStarted': { 'zh-CN': '会议开始后才能记录出席、纪要和反馈。', en: 'Attendance, minutes and feedback are recorded once the meeting has started.' },
  'meeting.tooManyInvitees': { 'zh-CN': '一次会议最多邀请 300 家客户。', en: 'A meeting invites at most 300 customers.' },
  'meeting.notInvited': { 'zh-CN': '该客户未受邀参加此会议。', en: 'This customer is not invited to this meeting.' },
  'meeting.feedbackConverted': { 'zh-CN': '该反馈已转为服务请求或回访。', en: 'This feedback has already become a service request or a revisit.' },
  'meeting.hostUnknown': { 'zh-CN': '员工名录中没有此人：{hosts}。', en: 'Not in the staff directory: {hosts}.' },
  'meeting.noneMatched': { 'zh-CN': '没有符合条件且尚未受邀的客户。', en: 'No customer matches who is not invited already.' },
  'opinion.notOpen': { 'zh-CN': '该意见已答复客户，不能再修改。', en: 'This opinion has been answered; it can no longer change.' },
  'opinion.decideFirst': { 'zh-CN': '请先记录公司的处理决定，再答复客户。', en: 'Record the company’s decision before answering the customer.' },
  'opinion.dueInPast': { 'zh-CN': '答复期限不能早于今天。', en: 'The answer date cannot be before today.' },
  'opinion.answerInFuture': { 'zh-CN': '答复日期不能晚于今天。', en: 'The answer date cannot be after today.' },
  'opinion.sameDepartment': { 'zh-CN': '该意见已在此部门处理。', en: 'This opinion is with that department already.' },
} as const;
