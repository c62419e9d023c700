import type { ArchiveSection } from './archive-sections';
import type { Lang, Bilingual } from './messages';
import { roleLabels } from './roles';
import { exportLogCustomerId, type AccessLogEntry } from './schemas/access-log.schema';
import { shanghaiDateTime } from './shanghai-time';
import { unitNames, type UnitLabel } from './units';

/** The most entries one export of the access log answers with; more is narrowed by its filter first. */
export const accessLogExportMaxRows = 20_000;

export const accessLogActionLabels: Record<AccessLogEntry['action'], Bilingual> = {
  detail: { 'zh-CN': '档案详情', en: 'Archive detail' },
  history: { 'zh-CN': '变更历史', en: 'Change history' },
  attachments: { 'zh-CN': '附件列表', en: 'Attachment list' },
  'attachment-download': { 'zh-CN': '下载附件', en: 'Attachment download' },
  export: { 'zh-CN': '导出 Excel', en: 'Excel export' },
  'log-export': { 'zh-CN': '导出查阅记录', en: 'Access log export' },
};

export const archiveSectionLabels: Record<ArchiveSection, Bilingual> = {
  basic: { 'zh-CN': '基本信息', en: 'Basic information' },
  contacts: { 'zh-CN': '联系人', en: 'Contacts' },
  credit: { 'zh-CN': '信用状况', en: 'Credit' },
  licence: { 'zh-CN': '营业执照与税务登记', en: 'Licence and tax registration' },
  attachments: { 'zh-CN': '附件', en: 'Attachments' },
};

export interface AccessLogExportColumn {
  key: string;
  label: Bilingual;
  width: number;
}

/** The columns of the access-log export, in the order the log page shows them, then the entry's details. */
export const accessLogExportColumns: readonly AccessLogExportColumn[] = [
  { key: 'at', label: { 'zh-CN': '查阅时间', en: 'Time (Beijing)' }, width: 20 },
  { key: 'readerName', label: { 'zh-CN': '查阅人', en: 'Reader' }, width: 12 },
  { key: 'readerId', label: { 'zh-CN': '账号', en: 'User ID' }, width: 16 },
  { key: 'role', label: { 'zh-CN': '角色', en: 'Role' }, width: 16 },
  { key: 'unit', label: { 'zh-CN': '业务单位', en: 'Unit' }, width: 14 },
  { key: 'customerId', label: { 'zh-CN': '客户编号', en: 'Customer ID' }, width: 28 },
  { key: 'customerName', label: { 'zh-CN': '客户名称', en: 'Customer' }, width: 32 },
  { key: 'action', label: { 'zh-CN': '查阅内容', en: 'Action' }, width: 14 },
  { key: 'sections', label: { 'zh-CN': '显示的内容', en: 'Shown' }, width: 28 },
  { key: 'maskedSections', label: { 'zh-CN': '未显示（未说明目的）', en: 'Withheld (no purpose)' }, width: 28 },
  { key: 'contactDetailsMasked', label: { 'zh-CN': '电话邮箱已隐藏', en: 'Phones and emails masked' }, width: 14 },
  { key: 'purpose', label: { 'zh-CN': '查阅目的', en: 'Purpose' }, width: 32 },
  { key: 'fileName', label: { 'zh-CN': '文件名', en: 'File' }, width: 24 },
  { key: 'rowCount', label: { 'zh-CN': '导出行数', en: 'Rows exported' }, width: 10 },
  { key: 'filters', label: { 'zh-CN': '导出筛选条件', en: 'Export filter' }, width: 30 },
  { key: 'id', label: { 'zh-CN': '记录编号', en: 'Entry ID' }, width: 28 },
];

const yesNo: Record<'yes' | 'no', Bilingual> = { yes: { 'zh-CN': '是', en: 'Yes' }, no: { 'zh-CN': '否', en: 'No' } };
const manyCustomers: Bilingual = { 'zh-CN': '（批量导出）', en: '(bulk export)' };

/** One log entry as a row of the export, every cell text in the reader's language (what the log page shows). */
export function accessLogExportRow(entry: AccessLogEntry, lang: Lang, units: readonly UnitLabel[]): Record<string, string> {
  const list = (sections: readonly ArchiveSection[]) => sections.map((s) => archiveSectionLabels[s][lang]).join(lang === 'en' ? ', ' : '、');
  const unit = entry.reader.unitId ? unitNames(units, entry.reader.unitId) : undefined;
  const bulk = entry.customerId === exportLogCustomerId;
  return {
    at: shanghaiDateTime(entry.at),
    readerName: entry.reader.name,
    readerId: entry.reader.id,
    role: lang === 'en' ? roleLabels[entry.reader.role].en : roleLabels[entry.reader.role].zh,
    unit: unit ? (lang === 'en' ? unit.en : unit.zh) : '',
    customerId: bulk ? '' : entry.customerId,
    customerName: bulk ? manyCustomers[lang] : entry.customerName,
    action: accessLogActionLabels[entry.action][lang],
    sections: list(entry.sections),
    maskedSections: list(entry.maskedSections),
    contactDetailsMasked: yesNo[entry.contactDetailsMasked ? 'yes' : 'no'][lang],
    purpose: entry.purpose ?? '',
    fileName: entry.fileName ?? '',
    rowCount: entry.rowCount === undefined ? '' : String(entry.rowCount),
    filters: Object.entries(entry.filters ?? {})
      .map(([k, v]) => `${k}=${v}`)
      .join('; '),
    id: entry.id,
  };
}
