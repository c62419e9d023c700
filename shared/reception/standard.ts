import type { Tier } from '../schemas/customer.schema';
import type { Bilingual, CellId, StepKind, VisitorRank } from '../schemas/visit.schema';
import type { PartyId } from './parties';

/**
 * The reception standard (客户招待标准) of 第十条〔三〕, encoded literally, clause by clause.
 *
 * Each cell is one numbered paragraph of the text (1〔1〕 … 2〔2〕); each step one of its circled clauses,
 * carrying its marker and its sentence exactly as the text has it (line breaks removed, the text's own
 * look-alike words kept: 招待 = 接待 reception, 住宅 = 住宿 lodging, 要点客户 = 重点客户 key customer — see
 * POLICY.md's key). Parties are named as the text names them; ./parties.ts maps each to a role.
 * test/unit/reception-standard.test.ts reads the policy text and checks every cell against it.
 *
 * Where the text and POLICY.md's summary differ, the text wins:
 * - the welcome message on the electronic screen (电子屏) is only in 2〔2〕 (key customers, department
 *   managers and below); POLICY.md R5 says "for key customers", but 2〔1〕 (key chairmen/GMs) has no such
 *   clause, so no such step is generated there;
 * - 1〔1〕 has no vehicles clause, 1〔2〕 no pick-up clause, 2〔2〕 no banquet clause: none are generated.
 */
export interface StandardStep {
  kind: Exclude<StepKind, 'approval' | 'custom'>;
  /** The circled number of the clause within its paragraph: ①…⑦ (empty in the unit's own arrangement). */
  marker: string;
  /** The clause's sentence as in the text, without its marker and final punctuation (empty in the unit's own arrangement). */
  source: string;
  /** Who does it. */
  owner: PartyId;
  /** True when the clause names nobody: the hosting unit (〔一〕, 承接单位) answers for it. */
  ownerImplied?: true;
  /** 报… : to whom the collected information is reported. */
  reportTo?: PartyId;
  /** 报…审批 : who approves the plan. Absent: the plan needs no approval. */
  approver?: PartyId;
  alternates?: PartyId[];
  /** 配合 : who assists. */
  assist?: PartyId[];
  chair?: PartyId;
  host?: PartyId;
  attendees?: PartyId[];
  /** 酌情参加 / 依据客户建议安排…参加 : who attends as the case or the customer asks. */
  mayAttend?: PartyId[];
  /** Only when the customer asks for it (依据客户需要). */
  onRequest?: true;
  /** What else the clause says, in words, for the checklist and the printed plan. */
  details?: Bilingual;
}

export interface StandardCell {
  id: CellId;
  /** Where in 第十条〔三〕 the paragraph is, e.g. `1〔1〕`; the unit's own arrangement has none. */
  paragraph?: string;
  /** The paragraph's heading as in the text. */
  heading?: string;
  tiers: readonly Tier[];
  ranks: readonly VisitorRank[];
  steps: readonly StandardStep[];
  label: Bilingual;
}

export const article = '第十条〔三〕';

export const receptionStandard: readonly StandardCell[] = [
  {
    id: 'vip.chairman-gm',
    paragraph: '1〔1〕',
    heading: 'VIP 客户董事长或总经理来访',
    tiers: ['vip'],
    ranks: ['chairman-gm'],
    label: { 'zh-CN': 'VIP客户董事长或总经理来访', en: 'VIP customer: chairman or GM visiting' },
    steps: [
      { kind: 'info', marker: '①', source: '来访信息由各业务单位采集后报总经理办公室', owner: 'business-unit', reportTo: 'gm-office' },
      { kind: 'plan', marker: '②', source: '招待方案由销售部拟订,报公司领导审批', owner: 'sales-department', approver: 'company-leadership' },
      { kind: 'lodging', marker: '③', source: '依据客户需要代订住宅', owner: 'hosting-unit', ownerImplied: true, onRequest: true },
      {
        kind: 'pickup',
        marker: '④',
        source: '一般由销售部负责人接送站,特别状况可由公司领导接送站',
        owner: 'sales-head',
        alternates: ['company-leadership'],
        details: { 'zh-CN': '一般由销售部负责人接送站；特殊情况可由公司领导接送站。', en: 'Usually the Sales head meets and sees off the guests; in special cases company leadership does.' },
      },
      {
        kind: 'meeting',
        marker: '⑤',
        source: '会谈需安排专项会议,由公司领导主持,业务部门有关负责人参加,其余参会人员由公司领导确立,并依据客户建议安排其余领导参加',
        owner: 'company-leadership',
        chair: 'company-leadership',
        attendees: ['business-unit-leader'],
        mayAttend: ['other-leaders'],
        details: {
          'zh-CN': '安排专项会议，公司领导主持，业务部门有关负责人参加；其他参会人员由公司领导确定；依据客户建议安排其他领导参加。',
          en: 'A dedicated meeting chaired by company leadership, attended by the heads of the business department concerned; leadership decides who else attends; other leaders join at the customer’s request.',
        },
      },
      {
        kind: 'banquet',
        marker: '⑥',
        source: '公司主管领导出头宴请,公司其余领导酌情参加。宴会由业务单位负责组织工作,公司办公室配合',
        owner: 'business-unit',
        host: 'leader-in-charge',
        mayAttend: ['other-leaders'],
        assist: ['company-office'],
        details: {
          'zh-CN': '公司主管领导出面宴请，公司其他领导酌情参加；宴会由业务单位负责组织，公司办公室配合。',
          en: 'The company leader in charge hosts the banquet, other leaders attend as appropriate; the business unit organises it, the company office assists.',
        },
      },
    ],
  },
  {
    id: 'vip.manager',
    paragraph: '1〔2〕',
    heading: 'VIP 客户部门经理来访',
    tiers: ['vip'],
    ranks: ['manager'],
    label: { 'zh-CN': 'VIP客户部门经理来访', en: 'VIP customer: department manager visiting' },
    steps: [
      { kind: 'info', marker: '①', source: '来访信息由业务单位采集后报公司主管领导', owner: 'business-unit', reportTo: 'leader-in-charge' },
      { kind: 'plan', marker: '②', source: '招待方案由业务单位拟订,报主管领导审批', owner: 'business-unit', approver: 'leader-in-charge' },
      { kind: 'lodging', marker: '③', source: '依据客户需要代订住宅', owner: 'hosting-unit', ownerImplied: true, onRequest: true },
      {
        kind: 'vehicles',
        marker: '④',
        source: '出行时依据人数和实质状况安排车辆',
        owner: 'hosting-unit',
        ownerImplied: true,
        details: { 'zh-CN': '出行时依据人数和实际情况安排车辆。', en: 'Vehicles for travel, by headcount and circumstances.' },
      },
      {
        kind: 'meeting',
        marker: '⑤',
        source: '会谈会须确立特意会议室,由业务部有关领导主持,其余参加人员由业务单位确立,依据客户建议安排公司领导参加',
        owner: 'business-unit-leader',
        chair: 'business-unit-leader',
        mayAttend: ['company-leadership'],
        details: {
          'zh-CN': '会谈须确定专门会议室，由业务部有关领导主持；其他参加人员由业务单位确定；依据客户建议安排公司领导参加。',
          en: 'A dedicated meeting room, chaired by the business department’s leader; the unit decides who else attends; company leaders join at the customer’s request.',
        },
      },
      {
        kind: 'banquet',
        marker: '⑥',
        source: '宴请客户由业务部安排,公司领导酌情参加',
        owner: 'business-department',
        mayAttend: ['company-leadership'],
        details: { 'zh-CN': '宴请由业务部安排，公司领导酌情参加。', en: 'The business department arranges the banquet; company leaders attend as appropriate.' },
      },
    ],
  },
  {
    id: 'vip.below-manager',
    paragraph: '1〔3〕',
    heading: 'VIP 客户部门经理以下人员来访',
    tiers: ['vip'],
    ranks: ['below-manager'],
    label: { 'zh-CN': 'VIP客户部门经理以下人员来访', en: 'VIP customer: staff below department manager visiting' },
    steps: [
      { kind: 'info', marker: '①', source: '来访信息由业务部采集', owner: 'business-department' },
      { kind: 'plan', marker: '②', source: '招待方案由业务部拟订', owner: 'business-department' },
      { kind: 'lodging', marker: '③', source: '依据客户需要代订住宅', owner: 'hosting-unit', ownerImplied: true, onRequest: true },
      { kind: 'pickup', marker: '④', source: '接送站由业务部自行安排', owner: 'business-department' },
      {
        kind: 'vehicles',
        marker: '⑤',
        source: '业务部自行安排车辆,车辆不够或需要支持,公司办公室配合',
        owner: 'business-department',
        assist: ['company-office'],
        details: { 'zh-CN': '业务部自行安排车辆；车辆不够或需要支持时，公司办公室配合。', en: 'The business department arranges vehicles; the company office helps when they are short.' },
      },
      { kind: 'meeting', marker: '⑥', source: '客户来访时的会谈方式由业务部自行确立', owner: 'business-department' },
      { kind: 'banquet', marker: '⑦', source: '宴请客户由业务部自行安排', owner: 'business-department' },
    ],
  },
  {
    id: 'key.chairman-gm',
    paragraph: '2〔1〕',
    heading: '要点客户董事长、总经理来访招待',
    tiers: ['key'],
    ranks: ['chairman-gm'],
    label: { 'zh-CN': '重点客户董事长、总经理来访', en: 'Key customer: chairman or GM visiting' },
    steps: [
      { kind: 'info', marker: '①', source: '来访信息由业务部采集后报公司办公室', owner: 'business-department', reportTo: 'company-office' },
      { kind: 'plan', marker: '②', source: '招待方案由业务部拟订,报主管领导审批', owner: 'business-department', approver: 'leader-in-charge' },
      { kind: 'lodging', marker: '③', source: '依据客户需要代订住宅', owner: 'hosting-unit', ownerImplied: true, onRequest: true },
      { kind: 'pickup', marker: '④', source: '由业务部领导或销售员接送站', owner: 'business-unit-leader', alternates: ['salesperson'] },
      {
        kind: 'vehicles',
        marker: '⑤',
        source: '出行时依据人数和实质状况安排车辆',
        owner: 'hosting-unit',
        ownerImplied: true,
        details: { 'zh-CN': '出行时依据人数和实际情况安排车辆。', en: 'Vehicles for travel, by headcount and circumstances.' },
      },
      {
        kind: 'meeting',
        marker: '⑥',
        source: '谈会须确立特意会议室,由有关业务单位领导主持,其余参加人员由业务单位确立,依据客户建议安排公司领导参加',
        owner: 'business-unit-leader',
        chair: 'business-unit-leader',
        mayAttend: ['company-leadership'],
        details: {
          'zh-CN': '会谈须确定专门会议室，由有关业务单位领导主持；其他参加人员由业务单位确定；依据客户建议安排公司领导参加。',
          en: 'A dedicated meeting room, chaired by the leader of the business unit concerned; the unit decides who else attends; company leaders join at the customer’s request.',
        },
      },
      {
        kind: 'banquet',
        marker: '⑦',
        source: '宴请客户由业务单位安排,公司领导酌情参加',
        owner: 'business-unit',
        mayAttend: ['company-leadership'],
        details: { 'zh-CN': '宴请由业务单位安排，公司领导酌情参加。', en: 'The business unit arranges the banquet; company leaders attend as appropriate.' },
      },
    ],
  },
  {
    id: 'key.manager-and-below',
    paragraph: '2〔2〕',
    heading: '要点客户部门经理及以下人员来访',
    tiers: ['key'],
    ranks: ['manager', 'below-manager'],
    label: { 'zh-CN': '重点客户部门经理及以下人员来访', en: 'Key customer: department manager or below visiting' },
    steps: [
      { kind: 'info', marker: '①', source: '来访信息由业务部采集', owner: 'business-department' },
      { kind: 'plan', marker: '②', source: '招待方案由业务部拟订', owner: 'business-department' },
      { kind: 'lodging', marker: '③', source: '依据客户需要代订住宅', owner: 'hosting-unit', ownerImplied: true, onRequest: true },
      { kind: 'pickup', marker: '④', source: '接送站由业务部自行安排', owner: 'business-department' },
      {
        kind: 'vehicles',
        marker: '⑤',
        source: '业务部自行安排车辆,车辆不够或需要支持,公司办公室配合',
        owner: 'business-department',
        assist: ['company-office'],
        details: { 'zh-CN': '业务部自行安排车辆；车辆不够或需要支持时，公司办公室配合。', en: 'The business department arranges vehicles; the company office helps when they are short.' },
      },
      // Only here does the text ask for the screen message (POLICY.md R5 says "for key customers"; 2〔1〕 has no such clause).
      {
        kind: 'screen',
        marker: '⑥',
        source: '客户到公司时,销售部提早打印电子屏欢送口号',
        owner: 'sales-department',
        details: { 'zh-CN': '客户到公司前，销售部提前在电子屏上打出欢迎标语。', en: 'Before the guests arrive, Sales puts the welcome message on the electronic screen.' },
      },
      { kind: 'meeting', marker: '⑦', source: '客户来访时的会谈方式由业务部自行确立', owner: 'business-department' },
    ],
  },
];

/**
 * 〔二〕 names three tiers and 〔三〕 sets standards only for VIP and key customers: general (and reserve)
 * customers are received as the hosting unit itself arranges (〔一〕). This is the default checklist the
 * unit then edits; its steps quote no clause, so they carry no marker or source.
 */
export const unitOwnCell: StandardCell = {
  id: 'unit-own',
  tiers: ['general', 'reserve'],
  ranks: ['chairman-gm', 'manager', 'below-manager'],
  label: { 'zh-CN': '一般客户、储备客户：承接单位自行安排', en: 'General and reserve customers: the hosting unit’s own arrangement' },
  steps: [
    { kind: 'info', marker: '', source: '', owner: 'hosting-unit' },
    { kind: 'plan', marker: '', source: '', owner: 'hosting-unit' },
    { kind: 'lodging', marker: '', source: '', owner: 'hosting-unit', onRequest: true },
    { kind: 'pickup', marker: '', source: '', owner: 'hosting-unit' },
    { kind: 'meeting', marker: '', source: '', owner: 'hosting-unit' },
  ],
};

export const cells: readonly StandardCell[] = [...receptionStandard, unitOwnCell];

/**
 * When each kind of step is due, in hours relative to the guests' arrival (negative: before).
 * Information first, then the plan and its approval, then bookings; vehicles and the screen on the day.
 */
export const dueOffsetHours: Record<StepKind, number> = {
  info: -72,
  plan: -48,
  approval: -36,
  lodging: -24,
  meeting: -24,
  banquet: -24,
  vehicles: -2,
  screen: -2,
  pickup: 0,
  custom: 0,
};

export const rankOrder: readonly VisitorRank[] = ['chairman-gm', 'manager', 'below-manager'];

export const rankLabels: Record<VisitorRank, Bilingual> = {
  'chairman-gm': { 'zh-CN': '董事长/总经理', en: 'Chairman / GM' },
  manager: { 'zh-CN': '部门经理', en: 'Department manager' },
  'below-manager': { 'zh-CN': '部门经理以下', en: 'Below department manager' },
};

/** The visit's rank: its highest visitor's. */
export function visitRank(visitors: readonly { rank: VisitorRank }[]): VisitorRank {
  return rankOrder.find((r) => visitors.some((v) => v.rank === r)) ?? 'below-manager';
}

/** The cell of the standard that applies to a customer of `tier` visited at `rank`. */
export function standardCell(tier: Tier, rank: VisitorRank): StandardCell {
  const cell = cells.find((c) => c.tiers.includes(tier) && c.ranks.includes(rank));
  if (!cell) throw new Error(`No reception standard for ${tier} × ${rank}`);
  return cell;
}

export function cellById(id: CellId): StandardCell {
  return cells.find((c) => c.id === id)!;
}

/** The full clause reference of a step, e.g. `第十条〔三〕1〔1〕②`. */
export function clauseOf(cell: StandardCell, step: StandardStep): string | undefined {
  return cell.paragraph ? `${article}${cell.paragraph}${step.marker}` : undefined;
}
