import { tierLabels } from '#shared/tier-labels';
import { unitNames, type UnitLabel } from '#shared/units';
import { shanghaiWallClock } from '#shared/shanghai-time';
import { buildReportWorkbook } from '#core/xlsx/report-workbook';
import { both } from '#core/xlsx/sheet-layout';
import type { FreshnessReportView } from './use-cases/freshness-report';
import type { ServiceQualityView } from './use-cases/service-quality-report';
import type { TierReportView } from './use-cases/tier-report';

const unitNamer = (units: readonly UnitLabel[]) => (code: string) => {
  const n = unitNames(units, code);
  return n.zh === n.en ? n.zh : `${n.zh} ${n.en}`;
};
const percent = (share: number | null) => (share === null ? null : `${Math.round(share * 1000) / 10}%`);
const round1 = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const yuan = (fen: number) => (fen / 100).toFixed(2);
const made = (by: string, at: Date): [string, string] => ['导出 Exported', `${shanghaiWallClock(at)} ${by}`];
const stamp = (at: Date) => at.toISOString().slice(0, 10);

export async function tierWorkbook(r: TierReportView, by: string, at: Date) {
  const unitName = unitNamer(r.choices);
  const data = await buildReportWorkbook(
    [['报表 Report', '客户等级分布与变动 Tier distribution and changes'], ['期间 Period', `${r.from} – ${r.to}`], ['业务单位 Units', r.units.map(unitName).join('、')], made(by, at)],
    [
      {
        name: '分布 Distribution',
        columns: [
          { header: '业务单位 Unit', key: 'unit', width: 24 },
          { header: '等级 Tier', key: 'tier', width: 16 },
          { header: '期初 At start', key: 'atStart', width: 12 },
          { header: '期末 At end', key: 'atEnd', width: 12 },
          { header: '升入 Moved in', key: 'movedIn', width: 12 },
          { header: '移出 Moved out', key: 'movedOut', width: 12 },
        ],
        rows: r.rows.map((x) => ({ unit: unitName(x.unitId), tier: both(tierLabels[x.tier]), atStart: x.atStart, atEnd: x.atEnd, movedIn: x.movedIn, movedOut: x.movedOut })),
      },
      {
        name: '变动 Moves',
        columns: [
          { header: '时间 When', key: 'at', width: 18 },
          { header: '客户 Customer', key: 'customer', width: 30 },
          { header: '业务单位 Unit', key: 'unit', width: 22 },
          { header: '原等级 From', key: 'from', width: 16 },
          { header: '新等级 To', key: 'to', width: 16 },
          { header: '方向 Direction', key: 'direction', width: 12 },
          { header: '年交易额(元) Annual amount', key: 'amount', width: 18 },
          { header: '信用 Credit', key: 'credit', width: 10 },
          { header: '原因 Why', key: 'why', width: 36 },
        ],
        rows: r.moves.map((m) => ({
          at: shanghaiWallClock(m.at),
          customer: m.customerName,
          unit: unitName(m.unitId),
          from: both(tierLabels[m.from]),
          to: both(tierLabels[m.to]),
          direction: m.direction === 'up' ? '上升 up' : '下降 down',
          amount: yuan(m.annualAmountFen),
          credit: m.creditRating,
          why: [m.source, m.rule, m.reason].filter(Boolean).join(' · '),
        })),
      },
    ],
  );
  return { data, fileName: `客户等级报表-tiers-${r.from}-${r.to}-${stamp(at)}.xlsx` };
}

export async function freshnessWorkbook(r: FreshnessReportView, by: string, at: Date) {
  const unitName = unitNamer(r.choices);
  const name = (id: string) => r.names[id] ?? id;
  const archiveColumns = [
    { header: '客户 Customer', key: 'customer', width: 30 },
    { header: '业务单位 Unit', key: 'unit', width: 22 },
    { header: '负责人 Owner', key: 'owner', width: 14 },
    { header: '等级 Tier', key: 'tier', width: 14 },
    { header: '上次核实/创建 Since', key: 'since', width: 18 },
    { header: '过期自 Stale from', key: 'staleFrom', width: 16 },
  ];
  const archiveRow = (a: FreshnessReportView['stale'][number]) => ({
    customer: a.customerName,
    unit: unitName(a.unitId),
    owner: name(a.ownerId),
    tier: both(tierLabels[a.tier]),
    since: a.since,
    staleFrom: a.staleFrom,
  });
  const data = await buildReportWorkbook(
    [
      ['报表 Report', '档案时效 Archive freshness'],
      ['截至 As of', shanghaiWallClock(r.asOf)],
      ['过期期限 Period', `${r.periodMonths} 个月 months`],
      ['过期占比 Stale share', `${r.total.stale} / ${r.total.total} (${percent(r.total.share)})`],
      made(by, at),
    ],
    [
      {
        name: '按单位 By unit',
        columns: [
          { header: '业务单位 Unit', key: 'unit', width: 24 },
          { header: '档案 Archives', key: 'total', width: 12 },
          { header: '过期 Stale', key: 'stale', width: 12 },
          { header: '占比 Share', key: 'share', width: 12 },
        ],
        rows: r.byUnit.map((u) => ({ unit: unitName(u.unitId), total: u.total, stale: u.stale, share: percent(u.share) })),
      },
      {
        name: '按负责人 By owner',
        columns: [
          { header: '负责人 Owner', key: 'owner', width: 16 },
          { header: '业务单位 Unit', key: 'unit', width: 24 },
          { header: '档案 Archives', key: 'total', width: 12 },
          { header: '过期 Stale', key: 'stale', width: 12 },
          { header: '占比 Share', key: 'share', width: 12 },
        ],
        rows: r.byOwner.map((o) => ({ owner: name(o.ownerId), unit: unitName(o.unitId), total: o.total, stale: o.stale, share: percent(o.share) })),
      },
      { name: '过期档案 Stale', columns: archiveColumns, rows: r.stale.map(archiveRow) },
      {
        name: '从未核实 Never verified',
        columns: [...archiveColumns, { header: '已过期 Stale', key: 'stale', width: 10 }],
        rows: r.neverVerified.map((a) => ({ ...archiveRow(a), stale: a.stale ? '是 yes' : '否 no' })),
      },
    ],
  );
  return { data, fileName: `档案时效报表-archive-freshness-${stamp(at)}.xlsx` };
}

export async function serviceQualityWorkbook(r: ServiceQualityView, by: string, at: Date) {
  const dept = (d: string) => {
    const l = r.departments.find((x) => x.value === d)?.label;
    return l ? both(l) : d;
  };
  const columns = [
    { header: '部门 Department', key: 'department', width: 24 },
    { header: '月份 Month', key: 'month', width: 10 },
    { header: '请求数 Requests', key: 'requests', width: 10 },
    { header: '投诉 Complaints', key: 'complaints', width: 10 },
    { header: '首次响应(小时) First response h', key: 'first', width: 16 },
    { header: '解决用时(小时) Resolution h', key: 'resolution', width: 16 },
    { header: '逾期占比 Past promised', key: 'past', width: 14 },
    { header: '每单转办 Transfers/request', key: 'transfers', width: 14 },
    { header: '办结满意度 Satisfaction', key: 'satisfaction', width: 14 },
    { header: '回访评分 Revisit rating', key: 'revisit', width: 14 },
  ];
  const row = (x: ServiceQualityView['rows'][number]) => ({
    department: dept(x.department),
    month: x.month === 'total' ? '合计 total' : x.month,
    requests: x.requests,
    complaints: x.complaints,
    first: round1(x.firstResponseHours),
    resolution: round1(x.resolutionHours),
    past: percent(x.pastPromisedShare),
    transfers: round1(x.transfersPerRequest),
    satisfaction: round1(x.satisfaction),
    revisit: round1(x.revisitRating),
  });
  const data = await buildReportWorkbook(
    [['报表 Report', '服务质量 Service quality'], ['月份 Months', `${r.from} – ${r.to}`], ['部门 Department', r.department ? dept(r.department) : '全部 all'], made(by, at)],
    [
      { name: '按月 By month', columns, rows: r.rows.map(row) },
      { name: '合计 Totals', columns, rows: r.totals.map(row) },
    ],
  );
  return { data, fileName: `服务质量报表-service-quality-${r.from}-${r.to}-${stamp(at)}.xlsx` };
}
