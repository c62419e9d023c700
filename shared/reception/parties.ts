import type { Role } from '../roles';
import type { Bilingual } from '../messages';

/**
 * The parties 第十条〔三〕 names, as written in the policy text, and the role that answers for each in
 * this system (POLICY.md R1). This is the one table that turns the text's wording into roles: the
 * standard (./standard.ts) names parties, never roles.
 *
 * `scope: 'host-unit'` means "that role within the hosting unit of the visit" (the unit the visit is
 * registered for); `scope: 'company'` means anyone holding the role.
 *
 * Reading notes (why the mapping is what it is):
 * - The text says 业务单位 (business unit) and 业务部 (business department) for the same thing: the
 *   unit that hosts the visit (〔一〕: every department may host). Both are the hosting unit's head.
 * - 销售部 (the Sales department) as a party that drafts or prints is its head, who answers for it.
 * - 公司领导 (company leadership) and 主管领导 (the leader in charge) are both the leadership role:
 *   the system has one leadership role (R1: GM, VP in charge, chairman).
 * - 公司办公室 and 总经理办公室 are the General Office (综合办公室, R1), the office role.
 * - 销售员 in 2〔1〕④ ("由业务部领导或销售员接送站") is a salesperson of that business department.
 * - 承接单位 (〔一〕, the hosting unit) owns a step whose clause names nobody (lodging "依据客户需要代订住宅",
 *   vehicles "出行时依据人数和实质状况安排车辆") and the unit's own arrangement for general/reserve customers.
 */
export const parties = {
  'business-unit': { text: ['业务单位', '各业务单位'], role: 'unit-head', scope: 'host-unit', label: { 'zh-CN': '业务单位', en: 'Business unit' } },
  'business-department': { text: ['业务部'], role: 'unit-head', scope: 'host-unit', label: { 'zh-CN': '业务部', en: 'Business department' } },
  'business-unit-leader': {
    text: ['业务部领导', '业务部有关领导', '有关业务单位领导', '业务部门有关负责人'],
    role: 'unit-head',
    scope: 'host-unit',
    label: { 'zh-CN': '业务单位领导', en: 'Business unit leader' },
  },
  salesperson: { text: ['销售员'], role: 'unit-staff', scope: 'host-unit', label: { 'zh-CN': '销售员', en: 'Salesperson' } },
  'hosting-unit': { text: ['承接单位'], role: 'unit-head', scope: 'host-unit', label: { 'zh-CN': '承接单位', en: 'Hosting unit' } },
  'sales-department': { text: ['销售部'], role: 'sales-head', scope: 'company', label: { 'zh-CN': '销售部', en: 'Sales department' } },
  'sales-head': { text: ['销售部负责人'], role: 'sales-head', scope: 'company', label: { 'zh-CN': '销售部负责人', en: 'Sales head' } },
  'company-leadership': { text: ['公司领导'], role: 'leadership', scope: 'company', label: { 'zh-CN': '公司领导', en: 'Company leadership' } },
  'leader-in-charge': { text: ['主管领导', '公司主管领导'], role: 'leadership', scope: 'company', label: { 'zh-CN': '主管领导', en: 'Leader in charge' } },
  'other-leaders': { text: ['公司其余领导', '其余领导'], role: 'leadership', scope: 'company', label: { 'zh-CN': '公司其他领导', en: 'Other company leaders' } },
  'company-office': { text: ['公司办公室'], role: 'office', scope: 'company', label: { 'zh-CN': '公司办公室', en: 'Company office' } },
  'gm-office': { text: ['总经理办公室'], role: 'office', scope: 'company', label: { 'zh-CN': '总经理办公室', en: 'GM office' } },
} as const satisfies Record<string, { text: readonly string[]; role: Role; scope: 'host-unit' | 'company'; label: Bilingual }>;

export type PartyId = keyof typeof parties;
export const partyIds = Object.keys(parties) as [PartyId, ...PartyId[]];

/** Who answers for a step: the party as the text names it, the role, and the unit when the role is a unit's. */
export interface Owner {
  party: PartyId;
  role: Role;
  unitId?: string;
}

/** The party resolved for a visit hosted by `hostUnitId`. */
export function ownerOf(party: PartyId, hostUnitId: string): Owner {
  const p = parties[party];
  return { party, role: p.role, ...(p.scope === 'host-unit' ? { unitId: hostUnitId } : {}) };
}

/** Someone holding the owner's role (and, for a unit's role, in that unit). */
export function holds(owner: Owner, actor: { role: Role; unitId?: string }): boolean {
  return actor.role === owner.role && (owner.unitId === undefined || actor.unitId === owner.unitId);
}
