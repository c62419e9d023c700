import { attachmentMaxMb } from './attachments';

/**
 * Messages of attachments, Excel imports and exports, in both languages. Kept apart from messages.ts
 * (which spreads them in) so the file features do not crowd the core list; the codes are ordinary
 * message codes everywhere else.
 */
export const fileMessages = {
  // attachments (R2: licence scans, tax certificates, contracts)
  'attachment.type': { 'zh-CN': '只能上传 PDF、JPEG、PNG、Excel（.xlsx）或 Word（.docx）文件。', en: 'Only PDF, JPEG, PNG, Excel (.xlsx) or Word (.docx) files can be uploaded.' },
  'attachment.size': { 'zh-CN': `文件大小须在 1 字节到 ${attachmentMaxMb} MB 之间。`, en: `A file must be between 1 byte and ${attachmentMaxMb} MB.` },
  'attachment.fileName': { 'zh-CN': '文件名须为 1–200 个字符，且不含路径。', en: 'The file name must be 1–200 characters, without a path.' },
  attachment_purpose_required: { 'zh-CN': '查看VIP客户和重点客户的附件前，请先说明查阅目的。', en: 'State a purpose before viewing the attachments of a VIP or key customer.' },
  attachment_not_stored: { 'zh-CN': '该附件尚未上传完成，或上传的文件与申请不符。', en: 'This attachment has not finished uploading, or the file did not match the request.' },
  // imports: the job
  'import.objectKey': { 'zh-CN': '找不到上传的文件，或文件不是由您上传的，请重新上传。', en: 'The uploaded file was not found or was not uploaded by you; upload it again.' },
  import_kind_forbidden: { 'zh-CN': '您的角色不能导入此类数据。', en: 'Your role may not import this kind of data.' },
  import_not_ready: { 'zh-CN': '导入任务当前为“{status}”状态，不能提交。', en: 'The import is “{status}” and cannot be committed now.' },
  import_file_unreadable: { 'zh-CN': '无法读取文件，请上传由模板填写的 .xlsx 文件。', en: 'The file could not be read; upload an .xlsx file filled in from the template.' },
  import_file_empty: { 'zh-CN': '文件中没有数据行。', en: 'The file has no data rows.' },
  import_file_too_many_rows: { 'zh-CN': '文件超过 {max} 行，请拆分后分批导入。', en: 'The file has more than {max} rows; split it and import the parts one by one.' },
  import_file_missing_columns: { 'zh-CN': '缺少必需的列：{columns}。请使用导入模板。', en: 'Required columns are missing: {columns}. Use the import template.' },
  import_step_failed: { 'zh-CN': '导入处理在第 {chunk} 批中断；报告列出了已落地的行，可再次提交以继续。', en: 'The import stopped in batch {chunk}; the report lists the rows that landed, and committing again continues it.' },
  // imports: a row (per column)
  'import.required': { 'zh-CN': '此项必填。', en: 'Required.' },
  'import.kindUnknown': { 'zh-CN': '客户类型应为：主营业务客户、非主营业务服务客户、潜在客户。', en: 'The kind must be one of: main business, non-business service, potential.' },
  'import.ratingUnknown': { 'zh-CN': '信用等级应为：{grades}。', en: 'The credit rating must be one of: {grades}.' },
  'import.unitUnknown': { 'zh-CN': '业务单位应为：{units}。', en: 'The business unit must be one of: {units}.' },
  'import.contactNameRequired': { 'zh-CN': '填写了联系人电话、邮箱或职务时，须填写联系人姓名。', en: 'A contact phone, email or title needs the contact’s name.' },
  'import.duplicateInFile': { 'zh-CN': '与第 {row} 行的统一社会信用代码重复，此行不会导入。', en: 'Same credit code as row {row}; this row will not be imported.' },
  'import.duplicateExisting': { 'zh-CN': '统一社会信用代码已属于现有客户“{name}”（提交时按所选方式跳过或更新）。', en: 'The credit code already belongs to customer “{name}” (skipped or updated on commit, as you choose).' },
  'import.duplicateElsewhere': { 'zh-CN': '统一社会信用代码已属于其他业务单位的客户，此行不会导入。', en: 'The credit code belongs to another unit’s customer; this row will not be imported.' },
  'import.duplicateInBin': { 'zh-CN': '统一社会信用代码属于回收站中的客户“{name}”，请联系销售部负责人恢复该客户。', en: 'The credit code belongs to customer “{name}” in the recycle bin; ask a Sales head to restore it.' },
  'import.similarInFile': { 'zh-CN': '名称与第 {row} 行“{name}”相近，请确认不是同一家公司。', en: 'The name is close to row {row} (“{name}”); check it is not the same company.' },
  'import.similarExisting': { 'zh-CN': '名称与现有客户“{name}”相近，请确认不是同一家公司。', en: 'The name is close to existing customer “{name}”; check it is not the same company.' },
  'import.orderType': { 'zh-CN': '类型应为：付款、退款或取消（也可填 paid、refunded、cancelled）。', en: 'The type must be paid, refunded or cancelled (付款, 退款, 取消).' },
  'import.amount': { 'zh-CN': '金额应为大于 0 的人民币元数，最多两位小数（如 12800.50）。', en: 'The amount must be yuan above 0 with at most two decimals (e.g. 12800.50).' },
  'import.dateTime': { 'zh-CN': '发生时间应为日期或日期时间（北京时间，如 2025-03-01 10:30），或带时区的 ISO 时间。', en: 'The time must be a date or date and time (Beijing time, e.g. 2025-03-01 10:30) or ISO-8601 with an offset.' },
  'import.orderDuplicateInFile': { 'zh-CN': '与第 {row} 行是同一订单事件（订单号 + 类型 + 退款单号），此行不会重复计入。', en: 'The same order event (order + type + refund) as row {row}; it is not counted twice.' },
  'import.orderAlreadyCounted': { 'zh-CN': '该订单事件已经计入，提交时不会重复计入。', en: 'This order event is already counted; committing will not count it again.' },
  'import.orderUnknownCustomer': { 'zh-CN': '找不到该客户；提交后此事件将保留，待销售部匹配客户后计入。', en: 'No such customer; on commit the event is kept until Sales matches it to a customer.' },
  'import.rowHasErrors': { 'zh-CN': '此行有错误，未导入。', en: 'This row has errors and was not imported.' },
  'import.notLanded': { 'zh-CN': '导入在此批中断，此行未写入；再次提交即可继续。', en: 'The import stopped in this batch before this row was written; commit again to continue.' },
  'import.notInScope': { 'zh-CN': '现有客户不在您的数据范围内，不能更新。', en: 'The existing customer is outside your data scope and cannot be updated.' },
  // exports
  export_too_large: { 'zh-CN': '导出结果超过 {max} 行，请缩小筛选范围后再导出。', en: 'The export has more than {max} rows; narrow the filter and export again.' },
} as const;
