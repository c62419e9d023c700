import type { Lang, Bilingual } from '../messages';
import { formatFen } from '../money';
import { unitNames, type UnitLabel } from '../units';
import type { OverdueRow } from './overdue';

/** The overdue 回款 list's columns in its .xlsx, in the list's order (shared/orders/overdue.ts `byUrgency`). */
export const overdueExportColumns = [
  { key: 'customer', label: { 'zh-CN': '客户', en: 'Customer' }, width: 30 },
  { key: 'orderId', label: { 'zh-CN': '订单号', en: 'Order' }, width: 22 },
  { key: 'paymentDueDate', label: { 'zh-CN': '付款到期日', en: 'Payment due' }, width: 12 },
  { key: 'daysOverdue', label: { 'zh-CN': '逾期天数', en: 'Days overdue' }, width: 10 },
  { key: 'overdueYuan', label: { 'zh-CN': '逾期金额（元）', en: 'Overdue (yuan)' }, width: 16 },
  { key: 'owner', label: { 'zh-CN': '负责人', en: 'Owner' }, width: 12 },
  { key: 'unit', label: { 'zh-CN': '业务单位', en: 'Business unit' }, width: 16 },
] as const satisfies readonly { key: string; label: Bilingual; width: number }[];

/**
 * One row of the export, in the reader's language: people by their names (never login names), the unit by its
 * name, the amount in yuan as the page shows it.
 */
export function overdueExportRow(row: OverdueRow, ownerName: (id: string) => string, units: readonly UnitLabel[], lang: Lang): Record<string, string> {
  const unit = unitNames(units, row.unitId);
  return {
    customer: row.customerName,
    orderId: row.orderId,
    paymentDueDate: row.paymentDueDate,
    daysOverdue: String(row.daysOverdue),
    overdueYuan: formatFen(row.overdueFen),
    owner: ownerName(row.ownerId),
    unit: lang === 'en' ? unit.en : unit.zh,
  };
}
