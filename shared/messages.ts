/**
 * Every message the API or a form shows, in both languages, keyed by a stable code.
 * Error bodies carry the code, so the SPA and the order system's engineers can rely on it;
 * the message follows the caller's Accept-Language (zh-CN unless English is asked for).
 */
import { assessmentMessages } from './assessment-messages';
import { fileMessages } from './file-messages';
import { meetingMessages } from './meeting-messages';
import { revisitPlanMessages } from './revisit-plan-messages';
import { salesTargetMessages } from './sales-target-messages';
import { userMessages } from './user-messages';
import { unitMessages } from './unit-messages';

export type Lang = 'zh-CN' | 'en';

/** A text in both UI languages (a label, a notice's title), as the data carries it. */
export type Bilingual = Record<Lang, string>;

export const messages = {
  // errors by kind
  unauthorized: { 'zh-CN': '未登录或登录已过期，请重新登录。', en: 'Not signed in or the session has expired. Please sign in again.' },
  forbidden: { 'zh-CN': '您的角色无权执行此操作。', en: 'Your role is not allowed to do this.' },
  mfa_required: {
    'zh-CN': '系统管理员须先在“个人设置”中启用两步验证（身份验证器应用），才能执行此操作。',
    en: 'Administrators must turn on two-step verification (an authenticator app) in My profile before doing this.',
  },
  mfa_token_mismatch: { 'zh-CN': '访问令牌不属于当前登录的用户。', en: 'The access token belongs to another user.' },
  mfa_token_invalid: { 'zh-CN': '访问令牌无效或已过期，请重新登录。', en: 'The access token is not valid or has expired; sign in again.' },
  not_found: { 'zh-CN': '未找到该记录，或您无权查看。', en: 'Not found, or you are not allowed to see it.' },
  route_not_found: { 'zh-CN': '接口不存在。', en: 'No such endpoint.' },
  validation_failed: { 'zh-CN': '提交的数据有误，请检查标出的字段。', en: 'The request has errors; see the fields named.' },
  invalid_json: { 'zh-CN': '请求体不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  precondition_required: { 'zh-CN': '修改时必须提供 If-Match 版本号，请刷新后重试。', en: 'An If-Match header with the version is required; reload and retry.' },
  precondition_failed: { 'zh-CN': '该记录已被他人修改，请刷新后再编辑。', en: 'Someone else changed this record; reload it and edit again.' },
  conflict: { 'zh-CN': '与现有数据冲突。', en: 'This conflicts with existing data.' },
  invalid_cursor: { 'zh-CN': '分页游标无效，请从第一页重新查询。', en: 'The page cursor is not valid; start again from the first page.' },
  payload_too_large: { 'zh-CN': '请求体过大。', en: 'The request body is too large.' },
  request_header_too_large: { 'zh-CN': '请求地址或请求头过长。', en: 'The request URL or headers are too long.' },
  bad_request: { 'zh-CN': '无法解析该请求。', en: 'The request could not be parsed.' },
  internal: { 'zh-CN': '系统内部错误，请稍后重试或联系管理员。', en: 'Internal error; try again later or contact the administrator.' },
  credit_code_taken: { 'zh-CN': '统一社会信用代码已被客户“{name}”使用。', en: 'This credit code already belongs to customer “{name}”.' },
  credit_code_in_bin: { 'zh-CN': '统一社会信用代码属于回收站中的客户“{name}”，请联系销售部负责人恢复该客户。', en: 'This credit code belongs to customer “{name}” in the recycle bin; ask a Sales head to restore it.' },
  not_in_recycle_bin: { 'zh-CN': '该客户不在回收站中。', en: 'This customer is not in the recycle bin.' },
  customer_unit_retired: {
    'zh-CN': '客户“{name}”所属的业务单位“{unit}”已撤销，不能恢复到该单位。',
    en: 'Customer “{name}” belonged to the unit “{unit}”, which has been retired; it cannot be restored there.',
  },
  // warnings: the write happened, but the user should look (e.g. a near-duplicate name, shared/company-name.ts)
  similar_names: { 'zh-CN': '已有名称相近的客户：{names}。请确认不是同一家公司。', en: 'Customers with similar names already exist: {names}. Check that this is not the same company.' },
  // field messages
  'field.readOnly': { 'zh-CN': '该字段由系统维护，不能提交。', en: 'This field is maintained by the system and cannot be set.' },
  'patch.empty': { 'zh-CN': '没有要修改的字段。', en: 'Nothing to change: send at least one field.' },
  'creditGrades.duplicate': { 'zh-CN': '信用等级不能重复（不区分大小写和全角半角）。', en: 'Each credit grade may appear only once (ignoring case and full-width forms).' },
  'creditGrades.goodUnknown': { 'zh-CN': '“付款信用优秀”的等级必须是已设置的信用等级之一。', en: 'The good-credit grades must be among the credit grades set.' },
  'creditGrade.format': { 'zh-CN': '信用等级须为不含空格、逗号、斜杠的简短名称（如 AAA、A+）。', en: 'A credit grade is a short name without spaces, commas or slashes (e.g. AAA, A+).' },
  'creditGrade.unknown': { 'zh-CN': '该信用等级不在管理员设置的等级中，请从列表中选择。', en: 'This is not one of the credit grades the administrator has set; choose one from the list.' },
  'tiers.thresholdOrder': { 'zh-CN': '重点客户门槛必须低于VIP客户门槛。', en: 'The key threshold must be below the VIP threshold.' },
  'orders.customerRequired': { 'zh-CN': '必须提供客户 id 或统一社会信用代码。', en: 'Give the customer id or credit code.' },
  'orders.currency': { 'zh-CN': '只接受人民币（CNY）。', en: 'Only CNY is accepted.' },
  'orders.dateOutOfRange': { 'zh-CN': '日期不合理：不能早于 2000 年，也不能晚于当前时间一天以上。', en: 'Implausible date: not before 2000 and not more than a day ahead of now.' },
  'orders.refundIdRequired': { 'zh-CN': '退款事件必须提供 refundId。', en: 'A refund event needs a refundId.' },
  'orders.amountRequired': { 'zh-CN': '此类事件必须提供金额 amountFen。', en: 'This event needs an amountFen.' },
  'orders.amountPositive': { 'zh-CN': '金额须大于 0（只有取消事件可为 0）。', en: 'The amount must be above 0 (only a cancellation may be 0).' },
  'orders.dueDateRequired': { 'zh-CN': '下单事件必须提供付款到期日 paymentDueDate。', en: 'An order placed needs a paymentDueDate.' },
  'orders.dueDate': { 'zh-CN': '付款到期日须为 YYYY-MM-DD 格式的有效日期，不早于 2000 年，且不晚于十年之后。', en: 'The due date must be a real date as YYYY-MM-DD, not before 2000 and at most ten years ahead.' },
  'orders.paymentIdRequired': { 'zh-CN': '回款事件必须提供 paymentId。', en: 'A payment received needs a paymentId.' },
  'orders.shipmentRequired': { 'zh-CN': '发运事件必须提供承运商、运单号和发货仓库。', en: 'A shipment needs its carrier, waybill number and warehouse.' },
  webhook_id_invalid: { 'zh-CN': 'webhook-id 无效：须为 1–200 个可见 ASCII 字符。', en: 'Invalid webhook-id: it must be 1–200 visible ASCII characters.' },
  'path.invalid': { 'zh-CN': '路径参数无效：须为 1–256 个字符，不含控制字符。', en: 'Invalid path parameter: 1–256 characters without control characters.' },
  'path.quarter': { 'zh-CN': '季度格式无效：须为 YYYY-Qn，如 2026-Q3。', en: 'Invalid quarter: it must be YYYY-Qn, e.g. 2026-Q3.' },
  'path.year': { 'zh-CN': '年份无效：须为 2000–2100 之间的四位数字。', en: 'Invalid year: four digits from 2000 to 2100.' },
  'path.unitCode': { 'zh-CN': '单位编码无效：须为 2–32 个小写字母、数字或短横线，以字母开头。', en: 'Invalid unit code: 2–32 lower-case letters, digits or dashes, starting with a letter.' },
  'path.kind': { 'zh-CN': '类别无效：须为小写英文字母。', en: 'Invalid kind: lower-case letters only.' },
  'path.username': { 'zh-CN': '用户名无效：须为 1–128 个字符，不含空格。', en: 'Invalid username: 1–128 characters without spaces.' },
  'path.department': { 'zh-CN': '部门编码无效：须为 sales、finance、office、leadership、admin 或 unit:单位编码。', en: 'Invalid department: sales, finance, office, leadership, admin or unit:<unit code>.' },
  'path.eventKey': { 'zh-CN': '事件键无效：须为“订单号|事件类型|部分”。', en: 'Invalid event key: it must be <order id>|<event type>|<part>.' },
  bad_path_encoding: { 'zh-CN': '请求路径的百分号编码无效。', en: 'The request path has an invalid percent-encoding.' },
  webhook_signature: { 'zh-CN': '签名缺失、无效或时间戳超出 5 分钟。', en: 'Missing or invalid signature, or a timestamp more than 5 minutes off.' },
  'override.expiresInPast': { 'zh-CN': '截止日期必须是今天或以后。', en: 'The last day must be today or later.' },
  'policy.discountRequired': { 'zh-CN': '价格优惠须填写优惠比例。', en: 'A price discount needs its rate.' },
  'policy.validityRequired': { 'zh-CN': '批准时须填写有效期。', en: 'An approval needs its validity period.' },
  'policy.validityOrder': { 'zh-CN': '有效期结束日不能早于开始日。', en: 'The validity cannot end before it starts.' },
  policy_tier_not_eligible: { 'zh-CN': '优惠政策仅适用于VIP客户和重点客户。', en: 'Preferential policies are for VIP and key customers only.' },
  policy_already_decided: { 'zh-CN': '该申请已有决定，不能再次决定。', en: 'This request has already been decided.' },
  'service.notOpen': { 'zh-CN': '该工单已关闭，请先重新打开。', en: 'This request is closed; reopen it first.' },
  'service.notClosed': { 'zh-CN': '该工单尚未关闭。', en: 'This request is not closed.' },
  'service.notPending': { 'zh-CN': '只有已登记处理计划和预计日期的工单才能改期。', en: 'Only a request with a plan and expected date can be rescheduled.' },
  'service.moneyFirst': { 'zh-CN': '退换货和对账须先由财务部登记款项处理，才能关闭。', en: 'Finance must record the money side of a return or reconciliation before it closes.' },
  'service.noMoneySide': { 'zh-CN': '此类工单不涉及财务款项。', en: 'This kind of request has no money side.' },
  'service.expectedInPast': { 'zh-CN': '预计解决日期不能早于今天。', en: 'The expected date cannot be in the past.' },
  'service.sameHandler': { 'zh-CN': '不能转给当前的处理人。', en: 'It is already with that handler.' },
  'service.unknownPerson': { 'zh-CN': '找不到该员工。', en: 'No such member of staff.' },
  'field.unknown': { 'zh-CN': '不认识的字段。', en: 'Unknown field.' },
  'creditCode.invalid': { 'zh-CN': '统一社会信用代码无效（应为 18 位且校验位正确）。', en: 'Not a valid unified social credit code (18 characters with a correct check character).' },
  'phone.invalid': { 'zh-CN': '请输入有效的手机号（如 13812345678）或座机号（如 010-12345678）。', en: 'Enter a mainland mobile (e.g. 13812345678) or landline (e.g. 010-12345678).' },
  'email.invalid': { 'zh-CN': '邮箱格式不正确。', en: 'Not a valid email address.' },
  'contacts.onePrimary': { 'zh-CN': '联系人中最多只能有一位主要联系人。', en: 'At most one contact can be the primary one.' },
  'unit.required': { 'zh-CN': '请选择所属业务单位。', en: 'Choose the owning business unit.' },
  'unit.notYours': { 'zh-CN': '只能为本业务单位建立或调整客户。', en: 'You can only assign customers to your own business unit.' },
  'owner.notInUnit': { 'zh-CN': '该业务员不属于此业务单位。', en: 'This salesperson does not belong to that business unit.' },
  'owner.unknown': { 'zh-CN': '员工名录中没有此人。', en: 'This person is not in the staff directory.' },
  'owner.inactive': { 'zh-CN': '此人的账号已停用，不能接手客户或事项。', en: 'This person’s account is disabled; they cannot take customers or requests on.' },
  'reassign.sameOwner': { 'zh-CN': '转出和转入的业务员不能是同一人。', en: 'Choose a different salesperson to move the customers to.' },
  'reassign.notSameUnit': { 'zh-CN': '只能转给同一业务单位的业务员。', en: 'Customers can only move to a salesperson of the same unit.' },
  'accessLog.range': { 'zh-CN': '结束日期不能早于开始日期。', en: 'The end date cannot be before the start date.' },
  // the archive's legal qualification (R2: licence and tax registration details)
  'date.invalid': { 'zh-CN': '请输入有效日期（如 2026-03-01）。', en: 'Enter a valid date (e.g. 2026-03-01).' },
  'licence.validBeforeEstablished': { 'zh-CN': '营业期限不能早于成立日期。', en: 'The licence cannot end before the company was established.' },
  'bankAccount.invalid': { 'zh-CN': '银行账号应为 6–32 位数字。', en: 'A bank account number has 6–32 digits.' },
  // customer visits and reception plans (R5)
  'visit.departureOrder': { 'zh-CN': '离开时间必须晚于到达时间。', en: 'The departure must be after the arrival.' },
  'visit.tooLong': { 'zh-CN': '一次来访最长 31 天。', en: 'A visit lasts at most 31 days.' },
  'visit.headcount': { 'zh-CN': '来访人数不能少于登记的来访人员。', en: 'The headcount cannot be less than the visitors named.' },
  'visit.lodgingDates': { 'zh-CN': '退房日期必须晚于入住日期。', en: 'Check-out must be after check-in.' },
  'visit.reasonRequired': { 'zh-CN': '退回方案时须说明理由。', en: 'A rejection needs its reason.' },
  'visit.rangeOrder': { 'zh-CN': '结束日期不能早于开始日期。', en: 'The end date cannot be before the start date.' },
  'visit.rangeTooLong': { 'zh-CN': '一次最多查询 92 天。', en: 'Ask for at most 92 days at a time.' },
  'visit.stepUnknown': { 'zh-CN': '该步骤不存在或重复。', en: 'No such step, or listed twice.' },
  visit_not_awaiting_approval: { 'zh-CN': '该接待方案不在待审批状态。', en: 'This reception plan is not awaiting approval.' },
  visit_not_rejected: { 'zh-CN': '只有被退回的接待方案才能重新提交。', en: 'Only a rejected reception plan can be resubmitted.' },
  visit_not_approved: { 'zh-CN': '接待方案尚未批准。', en: 'The reception plan is not approved yet.' },
  visit_closed: { 'zh-CN': '该来访已记录或已取消，不能再修改。', en: 'This visit is recorded or cancelled; it can no longer change.' },
  visit_not_arrived: { 'zh-CN': '客户到达后才能填写接待记录。', en: 'The visit can be recorded only after the guests arrive.' },
  visit_not_approver: { 'zh-CN': '只有接待标准规定的审批人才能审批该方案。', en: 'Only the approver the reception standard names can decide this plan.' },
  visit_not_drafter: { 'zh-CN': '只有接待标准规定的拟订方才能重新提交方案。', en: 'Only the drafter the reception standard names can resubmit this plan.' },
  visit_step_not_yours: { 'zh-CN': '该步骤不由您负责。', en: 'This step is not yours.' },
  visit_not_host: { 'zh-CN': '只有承接单位、登记人或管理员可以这样做。', en: 'Only the hosting unit, the registrant or an administrator can do this.' },
  visit_step_waiting: { 'zh-CN': '该步骤须等接待方案批准后才能办理。', en: 'This step waits until the reception plan is approved.' },
  visit_step_done: { 'zh-CN': '该步骤已完成。', en: 'This step is already done.' },
  visit_step_by_approval: { 'zh-CN': '方案的拟订与审批随审批决定完成，不能单独勾选。', en: 'The plan and its approval close with the approval decision, not by ticking.' },
  visit_not_recorded: { 'zh-CN': '接待记录填写后，跟进事项才能转为服务请求或回访。', en: 'Follow-up items become service requests or revisits once the visit is recorded.' },
  visit_follow_up_converted: { 'zh-CN': '该跟进事项已转为服务请求或回访。', en: 'This follow-up item has already become a service request or a revisit.' },
  visit_steps_from_standard: { 'zh-CN': 'VIP客户和重点客户的接待步骤由接待标准规定，不能修改。', en: 'The steps of a VIP or key customer’s visit follow the reception standard and cannot be edited.' },
  // revisits (R6)
  'revisit.inFuture': { 'zh-CN': '回访时间不能晚于现在。', en: 'The revisit cannot be dated in the future.' },
  'revisitRules.idFormat': { 'zh-CN': '规则编号只能用小写字母、数字和连字符（2–48 位）。', en: 'A rule id is 2–48 lowercase letters, digits and hyphens.' },
  'revisitRules.repeated': { 'zh-CN': '不能重复选择同一项。', en: 'Each choice may appear only once.' },
  'revisitRules.duplicateId': { 'zh-CN': '规则编号重复。', en: 'Two rules have this id.' },
  'revisitRules.waiver': { 'zh-CN': '豁免规则须是同一客户等级、周期更长且本身不被豁免的另一条规则。', en: 'The waiving rule must be another rule of the same tier, of a longer period, not itself waived.' },
  'revisitRules.leadMonth': { 'zh-CN': '月度义务的提前提醒天数须为 1–27 的整数。', en: 'The lead time for monthly obligations is a whole number of days from 1 to 27.' },
  'revisitRules.leadQuarter': { 'zh-CN': '季度义务的提前提醒天数须为 1–89 的整数。', en: 'The lead time for quarterly obligations is a whole number of days from 1 to 89.' },
  'revisitRules.leadHalfYear': { 'zh-CN': '半年度义务的提前提醒天数须为 1–180 的整数。', en: 'The lead time for half-yearly obligations is a whole number of days from 1 to 180.' },
  'revisitRules.leadPlan': { 'zh-CN': '临时回访计划的提前提醒天数须为 1–91 的整数。', en: 'The lead time for temporary plans is a whole number of days from 1 to 91.' },
  'revisitRules.escalateDays': { 'zh-CN': '逾期督办天数须为 1–92 的整数。', en: 'The escalation window is a whole number of days from 1 to 92.' },
  revisit_item_not_open: { 'zh-CN': '该跟进事项已转为服务工单（{requestId}），不能再次转单。', en: 'This follow-up item is already a service request ({requestId}); it cannot be turned into another.' },
  'notify.urlRequired': { 'zh-CN': '启用该渠道须填写机器人 Webhook 地址。', en: 'Give the robot’s webhook URL to turn this channel on.' },
  'notify.emailRequired': { 'zh-CN': '启用邮件提醒须填写邮箱。', en: 'Give an email address to turn email reminders on.' },
  'notify.urlFormat': { 'zh-CN': '请输入以 https:// 开头的有效地址。', en: 'Enter a valid address starting with https://.' },
  'notify.urlHost': { 'zh-CN': '只接受以下机器人地址：{hosts}。', en: 'Only these robot addresses are accepted: {hosts}.' },
  'calendar.month': { 'zh-CN': '月份格式应为 YYYY-MM。', en: 'A month is written YYYY-MM.' },
  'calendar.oneScope': { 'zh-CN': '请选择按人员或按业务单位查看，二者择一。', en: 'Choose a person or a unit, not both.' },
  'calendar.scope': { 'zh-CN': '只能查看本业务单位人员的日历。', en: 'You can only see calendars of your own unit’s people.' },
  // inbox notices, written in both languages because the reader's language is unknown when they are sent
  'notice.receivableOverdue.title': { 'zh-CN': '逾期回款：{orders} 笔，合计 {amount}', en: 'Overdue payments: {orders} orders, {amount} in all' },
  'notice.receivableOverdue.body': { 'zh-CN': '您负责的客户有 {orders} 笔订单已过付款到期日仍未回款，合计 {amount}；最久的已逾期 {days} 天（{customer}，订单 {orderId}）。请跟进催收。', en: 'Your customers owe {amount} on {orders} orders past their due date; the oldest is {days} days overdue ({customer}, order {orderId}). Please follow up.' },
  'notice.receivableDueSoon.title': { 'zh-CN': '回款将到期：{orders} 笔，合计 {amount}', en: 'Payments falling due: {orders} orders, {amount} in all' },
  'notice.receivableDueSoon.body': { 'zh-CN': '您负责的客户有 {orders} 笔订单将在 {within} 天内到付款到期日，尚欠 {amount}；最近的 {due} 到期（{days} 天后，{customer}，订单 {orderId}）。请提前提醒客户付款。', en: 'Your customers owe {amount} on {orders} orders falling due within {within} days; the first is due {due} (in {days} days: {customer}, order {orderId}). Please remind them before it is late.' },
  'notice.receivableEscalation.title': { 'zh-CN': '逾期超过 {after} 天的回款：{orders} 笔，合计 {amount}', en: 'Payments overdue over {after} days: {orders} orders, {amount} in all' },
  'notice.receivableEscalation.body': { 'zh-CN': '您督办范围内有 {orders} 笔订单的款项逾期已超过 {after} 天，合计 {amount}；最久的已逾期 {days} 天（{customer}，订单 {orderId}）。请督促负责人催收。', en: '{orders} orders you oversee are more than {after} days overdue, {amount} in all; the oldest is {days} days overdue ({customer}, order {orderId}). Please see that their owners collect.' },
  'notice.archiveStale.title': { 'zh-CN': '客户档案待核实：{name}', en: 'Customer archive to verify: {name}' },
  'notice.archiveStale.body': { 'zh-CN': '客户“{name}”的档案已超过 {months} 个月未核实（上次核实或建档：{since}）。请核对档案后点击“标记已核实”。', en: 'The archive of “{name}” has not been verified for more than {months} months (last verified or created: {since}). Check it and mark it verified.' },
  'notice.reassigned.title': { 'zh-CN': '{count} 位客户已转给您', en: '{count} customers were assigned to you' },
  'notice.reassigned.body': { 'zh-CN': '{by} 已将 {from} 的 {count} 位客户转给您负责。', en: '{by} moved {count} customers of {from} to you.' },
  'notice.visitSteps.title': { 'zh-CN': '客户接待任务：{customer}', en: 'Reception steps for {customer}' },
  'notice.visitSteps.body': { 'zh-CN': '{customer} 将于 {arrival} 来访，请办理或配合：{steps}。', en: '{customer} arrives {arrival}; yours to do or help with: {steps}.' },
  'notice.visitApproval.title': { 'zh-CN': '接待方案待审批：{customer}', en: 'Reception plan to approve: {customer}' },
  'notice.visitApproval.body': { 'zh-CN': '{by} 提交了 {customer}（{arrival} 到访）的接待方案，请审批。', en: '{by} submitted the reception plan for {customer} (arriving {arrival}) for your approval.' },
  'notice.visitRejected.title': { 'zh-CN': '接待方案被退回：{customer}', en: 'Reception plan rejected: {customer}' },
  'notice.visitRejected.body': { 'zh-CN': '{by} 退回了 {customer}（{arrival} 到访）的接待方案，理由：{reason}。请修改后重新提交。', en: '{by} rejected the reception plan for {customer} (arriving {arrival}): {reason}. Revise it and resubmit.' },
  'notice.visitInfo.title': { 'zh-CN': '来访信息报送：{customer}', en: 'Visit information reported: {customer}' },
  'notice.visitInfo.body': { 'zh-CN': '{by} 已采集 {customer}（{arrival} 到访）的来访信息并报送您。{note}', en: '{by} collected the visit information of {customer} (arriving {arrival}) and reports it to you. {note}' },
  // attachments, Excel imports and exports (shared/file-messages.ts)
  ...fileMessages,
  // revisit plans and the quarterly evaluation report (shared/revisit-plan-messages.ts)
  ...revisitPlanMessages,
  // staff administration (shared/user-messages.ts)
  ...userMessages,
  // business units as records and the archive's staleness setting (shared/unit-messages.ts)
  ...unitMessages,
  // customer meetings and the opinions register (shared/meeting-messages.ts)
  ...meetingMessages,
  ...assessmentMessages,
  // sales targets (shared/sales-target-messages.ts)
  ...salesTargetMessages,
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof messages;

export function isMessageCode(value: string): value is MessageCode {
  return Object.hasOwn(messages, value);
}

export function translate(code: MessageCode, lang: Lang, params: Record<string, string> = {}): string {
  return messages[code][lang].replace(/\{(\w+)\}/g, (_, k: string) => params[k] ?? `{${k}}`);
}

/** Picks the language from an Accept-Language header: English only when it is preferred over Chinese. */
export function pickLang(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'zh-CN';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'zh-CN';
}
