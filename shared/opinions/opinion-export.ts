import type { Lang, Bilingual } from '../messages';
import type { Opinion } from '../schemas/opinion.schema';
import { departmentLabels, type Department } from '../service/departments';
import { shanghaiDate } from '../shanghai-time';
import type { UnitLabel } from '../units';

/** The most entries one export of the register answers with; more is narrowed by its filter first. */
export const opinionExportMaxRows = 10_000;

export const opinionSourceLabels: Record<Opinion['source']['kind'], Bilingual> = {
  revisit: { 'zh-CN': '回访', en: 'Revisit' },
  meeting: { 'zh-CN': '座谈会', en: 'Meeting' },
  'service-request': { 'zh-CN': '咨询', en: 'Inquiry' },
};
export const opinionStatusLabels: Record<Opinion['status'], Bilingual> = {
  open: { 'zh-CN': '待答复', en: 'Awaiting answer' },
  answered: { 'zh-CN': '已答复', en: 'Answered' },
};
export const answerChannelLabels: Record<NonNullable<Opinion['answer']>['channel'], Bilingual> = {
  phone: { 'zh-CN': '电话', en: 'Phone' },
  sms: { 'zh-CN': '短信', en: 'SMS' },
  email: { 'zh-CN': '邮件', en: 'Email' },
  visit: { 'zh-CN': '面谈', en: 'In person' },
  meeting: { 'zh-CN': '会议', en: 'Meeting' },
  letter: { 'zh-CN': '书面', en: 'Letter' },
  other: { 'zh-CN': '其他', en: 'Other' },
};

export const opinionExportColumns = [
  { key: 'receivedOn', label: { 'zh-CN': '登记日期', en: 'Registered' }, width: 12 },
  { key: 'customer', label: { 'zh-CN': '客户', en: 'Customer' }, width: 28 },
  { key: 'text', label: { 'zh-CN': '意见内容', en: 'Opinion' }, width: 50 },
  { key: 'source', label: { 'zh-CN': '来源', en: 'Source' }, width: 10 },
  { key: 'sourceRef', label: { 'zh-CN': '来源记录', en: 'Source record' }, width: 30 },
  { key: 'department', label: { 'zh-CN': '转交部门', en: 'Passed to' }, width: 14 },
  { key: 'dueDate', label: { 'zh-CN': '答复期限', en: 'Answer by' }, width: 12 },
  { key: 'decision', label: { 'zh-CN': '公司决定', en: 'Decision' }, width: 40 },
  { key: 'answeredOn', label: { 'zh-CN': '答复日期', en: 'Answered on' }, width: 12 },
  { key: 'answerChannel', label: { 'zh-CN': '答复方式', en: 'How' }, width: 10 },
  { key: 'answer', label: { 'zh-CN': '答复内容', en: 'Answer' }, width: 40 },
  { key: 'status', label: { 'zh-CN': '状态', en: 'Status' }, width: 10 },
] as const satisfies readonly { key: string; label: Bilingual; width: number }[];

/** One row of the export, in the reader's language; the source named by its record's id. */
export function opinionExportRow(o: Opinion, units: readonly UnitLabel[], lang: Lang, today: string): Record<string, string> {
  const s = o.source;
  const ref = [s.revisitId && `revisit ${s.revisitId}`, s.meetingId && `meeting ${s.meetingId}`, s.serviceRequestId && `request ${s.serviceRequestId}`].filter(Boolean).join('; ');
  const overdue = o.status === 'open' && o.dueDate < today;
  return {
    receivedOn: shanghaiDate(o.receivedAt),
    customer: o.customerName,
    text: o.text,
    source: opinionSourceLabels[s.kind][lang],
    sourceRef: ref,
    department: o.passedTo ? departmentLabels(o.passedTo as Department, units)[lang] : '',
    dueDate: o.dueDate,
    decision: o.decision?.text ?? '',
    answeredOn: o.answer?.on ?? '',
    answerChannel: o.answer ? answerChannelLabels[o.answer.channel][lang] : '',
    answer: o.answer?.note ?? '',
    status: opinionStatusLabels[o.status][lang] + (overdue ? (lang === 'zh-CN' ? '（逾期）' : ' (overdue)') : ''),
  };
}
