import { labelKey } from './labels';
import type { Bilingual } from '../messages';

/** What can be imported from a spreadsheet (issue 3: customers; issue 4: historic orders). */
export const importKinds = ['customers', 'orders'] as const;
export type ImportKind = (typeof importKinds)[number];

export interface ImportColumn {
  readonly key: string;
  readonly 'zh-CN': string;
  readonly en: string;
  readonly required: boolean;
  /** Typed as text in the template, so Excel keeps leading zeros and all 18 characters of a code. */
  readonly text?: boolean;
  readonly width: number;
  readonly hint: { readonly 'zh-CN': string; readonly en: string };
}

/** Columns of the customer import, in template order; the keys follow the create schema. */
export const customerColumns = [
  { key: 'name', 'zh-CN': '客户名称', en: 'Company name', required: true, width: 32, hint: { 'zh-CN': '2–100 个字符', en: '2–100 characters' } },
  { key: 'creditCode', 'zh-CN': '统一社会信用代码', en: 'Unified social credit code', required: true, text: true, width: 24, hint: { 'zh-CN': '18 位，校验位须正确', en: '18 characters with a valid check character' } },
  { key: 'kind', 'zh-CN': '客户类型', en: 'Customer kind', required: true, width: 18, hint: { 'zh-CN': '主营业务客户 / 非主营业务服务客户 / 潜在客户', en: 'Main business / Non-business service / Potential' } },
  { key: 'creditRating', 'zh-CN': '信用等级', en: 'Credit rating', required: true, width: 10, hint: { 'zh-CN': '管理员设置的等级之一：{grades}', en: 'One of the grades the administrator has set: {grades}' } },
  { key: 'unitId', 'zh-CN': '所属业务单位', en: 'Business unit', required: false, width: 16, hint: { 'zh-CN': '华东事业部 / 华北事业部 / 华南事业部；业务单位人员可不填（默认本单位）', en: 'East/North/South China Division; unit staff may leave it empty (their own unit)' } },
  { key: 'ownerId', 'zh-CN': '负责业务员（用户名）', en: 'Salesperson (username)', required: false, width: 18, hint: { 'zh-CN': '登录用户名，如 east.staff；不填则为导入人', en: 'Sign-in name, e.g. east.staff; empty means the importer' } },
  { key: 'contactName', 'zh-CN': '主要联系人', en: 'Primary contact', required: false, width: 12, hint: { 'zh-CN': '填写电话、邮箱或职务时必填', en: 'Needed when a phone, email or title is given' } },
  { key: 'contactTitle', 'zh-CN': '联系人职务', en: 'Contact title', required: false, width: 12, hint: { 'zh-CN': '可不填', en: 'Optional' } },
  { key: 'contactPhone', 'zh-CN': '联系电话', en: 'Contact phone', required: false, text: true, width: 16, hint: { 'zh-CN': '手机 13812345678 或座机 010-12345678', en: 'Mobile 13812345678 or landline 010-12345678' } },
  { key: 'contactEmail', 'zh-CN': '联系邮箱', en: 'Contact email', required: false, width: 24, hint: { 'zh-CN': '可不填', en: 'Optional' } },
  { key: 'notes', 'zh-CN': '备注', en: 'Notes', required: false, width: 30, hint: { 'zh-CN': '最多 2000 字', en: 'At most 2,000 characters' } },
  // R2 legal qualification, after the columns older templates have (a file made from one still imports).
  { key: 'legalRepresentative', 'zh-CN': '法定代表人', en: 'Legal representative', required: false, width: 12, hint: { 'zh-CN': '可不填', en: 'Optional' } },
  { key: 'registeredAddress', 'zh-CN': '注册地址', en: 'Registered address', required: false, width: 36, hint: { 'zh-CN': '营业执照上的住所，最多 200 字', en: 'The address on the business licence, at most 200 characters' } },
  { key: 'region', 'zh-CN': '所在地区', en: 'Region', required: false, width: 16, hint: { 'zh-CN': '如：上海市浦东新区', en: 'e.g. Pudong New Area, Shanghai' } },
] as const satisfies readonly ImportColumn[];

/** Columns of the historic orders import: one row is one order event, as the webhook receives it (R4). */
export const orderColumns = [
  { key: 'orderId', 'zh-CN': '订单号', en: 'Order ID', required: true, text: true, width: 20, hint: { 'zh-CN': '订单系统的订单号', en: 'The order system’s order id' } },
  { key: 'type', 'zh-CN': '事件类型', en: 'Event type', required: true, width: 10, hint: { 'zh-CN': '付款 / 退款 / 取消', en: 'paid / refunded / cancelled' } },
  { key: 'refundId', 'zh-CN': '退款单号', en: 'Refund ID', required: false, text: true, width: 16, hint: { 'zh-CN': '退款时必填', en: 'Needed for a refund' } },
  { key: 'customerId', 'zh-CN': '客户编号', en: 'Customer ID', required: false, text: true, width: 28, hint: { 'zh-CN': '本系统的客户编号；与信用代码至少填一项', en: 'Our customer id; give it or the credit code' } },
  { key: 'creditCode', 'zh-CN': '统一社会信用代码', en: 'Unified social credit code', required: false, text: true, width: 24, hint: { 'zh-CN': '与客户编号至少填一项', en: 'Give it or the customer id' } },
  { key: 'amount', 'zh-CN': '金额（元）', en: 'Amount (yuan)', required: true, width: 14, hint: { 'zh-CN': '正数，最多两位小数；退款与取消也填正数', en: 'Positive, at most 2 decimals; refunds and cancellations too' } },
  { key: 'occurredAt', 'zh-CN': '发生时间', en: 'Occurred at', required: true, width: 20, hint: { 'zh-CN': '北京时间，如 2025-03-01 10:30', en: 'Beijing time, e.g. 2025-03-01 10:30' } },
] as const satisfies readonly ImportColumn[];

export type CustomerColumnKey = (typeof customerColumns)[number]['key'];
export type OrderColumnKey = (typeof orderColumns)[number]['key'];

export const importColumns: Record<ImportKind, readonly ImportColumn[]> = { customers: customerColumns, orders: orderColumns };

/** A data row as the import keeps it: its spreadsheet row number and its cells as text, by column key. */
export interface ImportRow {
  row: number;
  cells: Record<string, string>;
}

/** A header as typed: label compared without width, case, spaces, a required star or a (hint). */
const headerKey = (text: string) => labelKey(text).replace(/[*＊]$/, '').replace(/[(（][^)）]*[)）]$/, '');

function columnOf(kind: ImportKind, header: string): ImportColumn | undefined {
  const key = headerKey(header);
  if (!key) return undefined;
  return importColumns[kind].find((c) => [c['zh-CN'], c.en, c.key].some((l) => headerKey(l) === key) || labelKey(c['zh-CN']) === labelKey(header));
}

/**
 * Reads the header row: which sheet column holds which import column (any order; unknown columns are
 * ignored), and which required columns are missing.
 */
export function mapHeaders(kind: ImportKind, headers: readonly string[]): { byIndex: Map<number, string>; missing: ImportColumn[] } {
  const byIndex = new Map<number, string>();
  headers.forEach((h, i) => {
    const column = columnOf(kind, h);
    if (column && ![...byIndex.values()].includes(column.key)) byIndex.set(i, column.key);
  });
  const found = new Set(byIndex.values());
  return { byIndex, missing: importColumns[kind].filter((c) => c.required && !found.has(c.key)) };
}

/** The template's second header row (English names): recognised and skipped, not read as data. */
export function isEnglishHeaderRow(kind: ImportKind, cells: readonly string[]): boolean {
  const english = new Set(importColumns[kind].map((c) => labelKey(c.en)));
  const filled = cells.filter((c) => c.trim());
  return filled.length > 0 && filled.every((c) => english.has(labelKey(c)));
}

export function columnLabel(kind: ImportKind, key: string): Bilingual {
  const column = importColumns[kind].find((c) => c.key === key);
  return column ? { 'zh-CN': column['zh-CN'], en: column.en } : { 'zh-CN': '整行', en: 'Row' };
}
