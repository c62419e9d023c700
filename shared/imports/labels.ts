import { customerKinds, type CustomerKind } from '../customer-options';
import type { TotalEventType } from '../schemas/order-event.schema';
import type { UnitId, UnitLabel } from '../units';

/**
 * The words people type in a spreadsheet for each enum, in Chinese first (the template's labels) and
 * in English; the import accepts any of them, whatever the case or width of the characters.
 */
export const customerKindLabels: Record<CustomerKind, { 'zh-CN': string; en: string; also: string[] }> = {
  'main-business': { 'zh-CN': '主营业务客户', en: 'Main business', also: ['主营业务', '主营', 'main-business'] },
  service: { 'zh-CN': '非主营业务服务客户', en: 'Non-business service', also: ['非主营业务客户', '服务客户', '非主营', 'service'] },
  potential: { 'zh-CN': '潜在客户', en: 'Potential', also: ['潜在', 'potential'] },
};

export const orderTypeLabels: Record<TotalEventType, { 'zh-CN': string; en: string; also: string[] }> = {
  'order.paid': { 'zh-CN': '付款', en: 'paid', also: ['已付款', '支付', '已支付', '完成', '已完成', 'completed', 'order.paid'] },
  'order.refunded': { 'zh-CN': '退款', en: 'refunded', also: ['已退款', 'refund', 'order.refunded'] },
  'order.cancelled': { 'zh-CN': '取消', en: 'cancelled', also: ['已取消', '撤销', 'canceled', 'cancel', 'order.cancelled'] },
};

/** How a typed label is compared: NFKC (full-width → half-width), no spaces, lower case. */
export function labelKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

function lookup<T extends string>(table: Record<T, { 'zh-CN': string; en: string; also: string[] }>, text: string): T | undefined {
  const key = labelKey(text);
  for (const [value, l] of Object.entries(table) as [T, { 'zh-CN': string; en: string; also: string[] }][]) {
    if ([value, l['zh-CN'], l.en, ...l.also].some((label) => labelKey(label) === key)) return value;
  }
  return undefined;
}

export const customerKindFrom = (text: string): CustomerKind | undefined => lookup(customerKindLabels, text);
export const orderTypeFrom = (text: string): TotalEventType | undefined => lookup(orderTypeLabels, text);

/** One of `units` (the active records) by code (`east`), Chinese name (华东事业部) or English name. */
export function unitFrom(units: readonly UnitLabel[], text: string): UnitId | undefined {
  const key = labelKey(text);
  return units.find((u) => [u.code, u.name, u.nameEn ?? ''].some((label) => label && labelKey(label) === key))?.code;
}

export const unitChoices = (units: readonly UnitLabel[]) => units.map((u) => u.name).join('、');
export const customerKindChoices = customerKinds.map((k) => customerKindLabels[k]['zh-CN']);
