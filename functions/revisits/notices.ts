import type { ChannelMessage } from '#core/channels/channel-sender';
import type { Obligation } from '#shared/revisits/obligations';
import type { PlanRevisitItem } from '#shared/revisits/plans';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Bilingual } from '#shared/messages';

const tierLabels = {
  vip: { 'zh-CN': 'VIP客户', en: 'VIP' },
  key: { 'zh-CN': '重点客户', en: 'key' },
  general: { 'zh-CN': '一般客户', en: 'general' },
  reserve: { 'zh-CN': '储备客户', en: 'reserve' },
} as const;

const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3_600_000 - 1).toISOString().slice(0, 10);

/**
 * The reminder of one obligation for one person: to the owner when it falls due soon or is overdue, to
 * the owner's head (`escalation`) when it is overdue. Ids hold the day, so each is sent once a day.
 */
export function revisitReminder(
  customer: Customer,
  o: Obligation,
  recipient: { id: string; name?: string },
  day: string,
  at: string,
  escalation: boolean,
): ChannelMessage {
  const tier = tierLabels[o.tier];
  const lastDay = shanghaiDay(o.period.end);
  const overdue = o.status === 'overdue';
  const zh = overdue
    ? `${tier['zh-CN']}“${customer.name}”在 ${o.period.id}（截至 ${lastDay}）应完成的回访未完成：${o.rule.label['zh-CN']}。${escalation ? `负责人：${customer.ownerId}。请督促补办并记录。` : '请尽快补办并记录回访。'}`
    : `${tier['zh-CN']}“${customer.name}”的回访将于 ${lastDay} 到期：${o.rule.label['zh-CN']}。请安排并记录回访。`;
  const en = overdue
    ? `The ${tier.en} customer “${customer.name}” owed a revisit in ${o.period.id} (ending ${lastDay}) that was not made: ${o.rule.label.en}. ${escalation ? `Responsible: ${customer.ownerId}. Please follow it up.` : 'Make and record it as soon as possible.'}`
    : `A revisit of the ${tier.en} customer “${customer.name}” falls due on ${lastDay}: ${o.rule.label.en}. Plan and record it.`;
  const title = overdue
    ? { 'zh-CN': `${escalation ? '回访逾期督办' : '回访已逾期'}：${customer.name}`, en: `${escalation ? 'Overdue revisit (escalated)' : 'Overdue revisit'}: ${customer.name}` }
    : { 'zh-CN': `回访即将到期：${customer.name}`, en: `Revisit due soon: ${customer.name}` };
  return reminderMessage(`revisit-${day}-${customer.id}-${o.key.replace('#', '-')}-${recipient.id}`, customer, recipient, at, escalation, title, { 'zh-CN': zh, en });
}

/**
 * The reminder of a temporary plan's revisit (R6: an approved plan owes a revisit of each of its customers
 * by its last day): to the owner when due soon or overdue, to the owner's head when overdue. As above,
 * ids hold the day and the plan, so each is sent once a day.
 */
export function planRevisitReminder(
  customer: Customer,
  item: PlanRevisitItem,
  recipient: { id: string; name?: string },
  day: string,
  at: string,
  escalation: boolean,
): ChannelMessage {
  const lastDay = shanghaiDay(item.window.end);
  const overdue = item.status === 'overdue';
  const zh = overdue
    ? `临时回访计划“${item.purpose}”（截至 ${lastDay}）要求的对“${customer.name}”的回访未完成。${escalation ? `负责人：${customer.ownerId}。请督促补办并记录。` : '请尽快补办并记录回访。'}`
    : `临时回访计划“${item.purpose}”要求在 ${lastDay} 前回访“${customer.name}”。请安排并记录回访。`;
  const en = overdue
    ? `The temporary revisit plan “${item.purpose}” (ending ${lastDay}) asked for a revisit of “${customer.name}” that was not made. ${escalation ? `Responsible: ${customer.ownerId}. Please follow it up.` : 'Make and record it as soon as possible.'}`
    : `The temporary revisit plan “${item.purpose}” asks for a revisit of “${customer.name}” by ${lastDay}. Plan and record it.`;
  const title = overdue
    ? { 'zh-CN': `${escalation ? '临时计划回访逾期督办' : '临时计划回访已逾期'}：${customer.name}`, en: `${escalation ? 'Overdue plan revisit (escalated)' : 'Overdue plan revisit'}: ${customer.name}` }
    : { 'zh-CN': `临时计划回访即将到期：${customer.name}`, en: `Plan revisit due soon: ${customer.name}` };
  return reminderMessage(`revisit-${day}-${customer.id}-plan-${item.planId}-${recipient.id}`, customer, recipient, at, escalation, title, { 'zh-CN': zh, en });
}

/** A revisit reminder or escalation as the channels carry it, linked to the customer's revisits. */
function reminderMessage(id: string, customer: Customer, recipient: { id: string; name?: string }, at: string, escalation: boolean, title: Bilingual, body: Bilingual): ChannelMessage {
  return {
    id,
    recipientId: recipient.id,
    ...(recipient.name ? { recipientName: recipient.name } : {}),
    kind: escalation ? 'revisit-escalation' : 'revisit-reminder',
    title,
    body,
    link: `/customers/${customer.id}/revisits`,
    createdAt: at,
  };
}
