import type { Tier } from '../schemas/customer.schema';
import type { PeriodKind } from './periods';
import type { Bilingual } from '../messages';

/** Revisit channels of R6. */
export const revisitChannels = ['phone', 'sms', 'email', 'on-site'] as const;
export type RevisitChannel = (typeof revisitChannels)[number];

/**
 * Who went, by rank: 董事长 chairman, 总经理 GM, 主管副总 VP in charge, 部门经理 the responsible manager,
 * 业务员 the salesperson (or anyone below manager).
 */
export const visitorRanks = ['chairman', 'gm', 'vp', 'manager', 'salesperson'] as const;
export type VisitorRank = (typeof visitorRanks)[number];

/**
 * One minimum-frequency obligation of R6: in every `period`, at least `minCount` revisits through one of
 * `channels` with at least one visitor of one of `ranks`.
 * `waivedBy`: the obligation is not owed in a period when the named rule (of a longer period) is already
 * met by a revisit made no later than this period's end (the general customer's monthly salesperson
 * revisit is owed only while no manager has been on site in the half-year).
 * `selective`: the policy calls it 选择性 (selective); the system still counts it as owed for every customer
 * of the tier, so coverage shows who was not chosen — leadership reads the share, not a 100% target.
 * `target`: the coverage the policy demands (100% for VIP and key, R6); undefined when none is set.
 */
export interface RevisitRule {
  id: string;
  tier: Tier;
  period: PeriodKind;
  ranks: readonly VisitorRank[];
  channels: readonly RevisitChannel[];
  minCount: number;
  selective?: boolean;
  waivedBy?: string;
  target?: number;
  label: Bilingual;
}

/**
 * The R6 frequency rules as data (第十一条). Ranks are taken literally: a VIP's quarterly on-site revisit
 * is the VP in charge's or the responsible manager's, the half-yearly one the chairman's or GM's; a higher
 * rank does not stand in for another rule's rank. The monthly salesperson revisit of a general customer
 * counts any channel and any visitor: the salesperson is the least the policy asks for.
 */
export const defaultRevisitRules: readonly RevisitRule[] = [
  {
    id: 'vip-quarterly-manager',
    tier: 'vip',
    period: 'quarter',
    ranks: ['vp', 'manager'],
    channels: ['on-site'],
    minCount: 1,
    target: 1,
    label: { 'zh-CN': '主管副总或分管经理每季度上门回访', en: 'On-site revisit by the VP in charge or responsible manager each quarter' },
  },
  {
    id: 'vip-half-year-leader',
    tier: 'vip',
    period: 'half-year',
    ranks: ['chairman', 'gm'],
    channels: ['on-site'],
    minCount: 1,
    selective: true,
    target: 1,
    label: { 'zh-CN': '董事长或总经理每半年上门回访', en: 'On-site revisit by the chairman or GM each half-year' },
  },
  {
    id: 'key-quarterly-manager',
    tier: 'key',
    period: 'quarter',
    ranks: ['manager'],
    channels: ['on-site'],
    minCount: 1,
    target: 1,
    label: { 'zh-CN': '分管经理每季度上门回访', en: 'On-site revisit by the responsible manager each quarter' },
  },
  {
    id: 'general-half-year-manager',
    tier: 'general',
    period: 'half-year',
    ranks: ['manager'],
    channels: ['on-site'],
    minCount: 1,
    selective: true,
    label: { 'zh-CN': '分管经理每半年选择性上门回访', en: 'Selective on-site revisit by the responsible manager each half-year' },
  },
  {
    id: 'general-monthly-salesperson',
    tier: 'general',
    period: 'month',
    ranks: visitorRanks,
    channels: revisitChannels,
    minCount: 1,
    waivedBy: 'general-half-year-manager',
    label: { 'zh-CN': '未经经理上门回访的一般客户，业务员每月回访', en: 'Monthly revisit by the salesperson while no manager has been on site this half-year' },
  },
  // reserve customers: no obligation.
];
