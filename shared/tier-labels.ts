import type { Tier } from './schemas/customer.schema';
import type { Bilingual } from './messages';

export const tierLabels: Record<Tier, Bilingual> = {
  vip: { 'zh-CN': 'VIP客户', en: 'VIP' },
  key: { 'zh-CN': '重点客户', en: 'Key' },
  general: { 'zh-CN': '一般客户', en: 'General' },
  reserve: { 'zh-CN': '储备客户', en: 'Reserve' },
};
