import { revisitChannelLabels, reportStatusLabels } from '#shared/revisits/report-labels';
import { revisitChannels } from '#shared/revisits/rules';
import type { RevisitReportView } from '#shared/schemas/revisit-report.schema';
import { shanghaiDate, shanghaiWallClock } from '#shared/shanghai-time';
import { tierLabels } from '#shared/tier-labels';
import { unitNames, type UnitLabel } from '#shared/units';
import { aboutSheet, both, newWorkbook, sheetWith, workbookBuffer } from './sheet-layout';

const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 100)}%`);

/**
 * The quarterly revisit evaluation report (R6) as a workbook: the report with its written parts and review
 * trail, then one sheet per group of figures the system filled in — as they appear on the page.
 */
export async function buildRevisitReportWorkbook(view: RevisitReportView, exportedBy: string, exportedAt: string, units: readonly UnitLabel[]): Promise<Buffer> {
  const { report, figures } = view;
  const unit = unitNames(units, report.unitId);
  const workbook = await newWorkbook();
  aboutSheet(workbook, '评价报告 Report', [
    ['业务单位 Unit', `${unit.zh} ${unit.en}`],
    ['季度 Quarter', report.quarter],
    ['状态 Status', both(reportStatusLabels[report.status])],
    ['数据截至 Figures as of', `${shanghaiWallClock(figures.asOf)}${view.frozen ? '（提交时 as submitted）' : ''}`],
    ['主要成效 Main results', report.written.mainResults],
    ['存在问题 Problems', report.written.problems],
    // The opinions register's unanswered entries are unsolved problems too (第三条〔四〕); listed in the register itself.
    ['未答复的客户意见 Opinions not answered', String(figures.openOpinions)],
    ['改进措施 Improvements', report.written.improvements],
    ...report.submissions.map((s): [string, string] => ['提交 Submitted', `${shanghaiWallClock(s.at)} ${s.by.name}`]),
    ...report.reviews.map((r): [string, string] => [
      r.decision === 'accepted' ? '审核通过 Accepted' : '退回 Returned',
      `${shanghaiWallClock(r.at)} ${r.by.name}${r.comment ? `：${r.comment}` : ''}`,
    ]),
    ['导出 Exported', `${shanghaiWallClock(exportedAt)} ${exportedBy}`],
  ]);

  const progress = sheetWith(workbook, '计划进度 Progress', [
    { header: '客户等级 Tier', key: 'tier', width: 18 },
    { header: '本季计划回访 Target', key: 'target', width: 20 },
    { header: '本季已回访 Done', key: 'done', width: 18 },
    { header: '完成率 Share', key: 'share', width: 14 },
    { header: '客户数 Customers', key: 'customers', width: 18 },
    { header: '已回访客户 Reached', key: 'reached', width: 20 },
  ]);
  for (const p of figures.progress) {
    progress.addRow({ tier: both(tierLabels[p.tier]), target: p.target ?? '—', done: p.done, share: percent(p.share), customers: p.customers, reached: p.customersReached });
  }
  const t = figures.progressTotal;
  progress.addRow({ tier: '合计 Total', target: t.target ?? '—', done: t.done, share: percent(t.share), customers: t.customers, reached: t.customersReached }).font = { bold: true };

  const channels = sheetWith(workbook, '回访渠道 Channels', [
    { header: '客户等级 Tier', key: 'tier', width: 18 },
    ...revisitChannels.map((c) => ({ header: both(revisitChannelLabels[c]), key: c, width: 14 })),
    { header: '合计 Total', key: 'total', width: 12 },
  ]);
  for (const row of figures.byChannel) channels.addRow({ tier: both(tierLabels[row.tier]), ...row.counts, total: row.total });
  channels.addRow({ tier: '合计 Total', ...figures.channelTotals, total: figures.progressTotal.done }).font = { bold: true };

  const satisfaction = sheetWith(workbook, '满意度 Satisfaction', [
    { header: '项目 Item', key: 'item', width: 28 },
    { header: '数值 Value', key: 'value', width: 16 },
  ]);
  satisfaction.addRow({ item: '评分次数 Revisits scored', value: figures.satisfaction.count });
  satisfaction.addRow({ item: '平均分 Average (1–5)', value: figures.satisfaction.average ?? '—' });
  figures.satisfaction.distribution.forEach((n, i) => satisfaction.addRow({ item: `${i + 1} 分 score ${i + 1}`, value: n }));

  const items = sheetWith(workbook, '待跟进事项 Open items', [
    { header: '回访日期 Revisited', key: 'date', width: 16 },
    { header: '客户 Customer', key: 'customer', width: 36 },
    { header: '事项 Item', key: 'text', width: 80 },
  ]);
  for (const i of figures.openItems) items.addRow({ date: shanghaiDate(i.visitedAt), customer: i.customerName, text: i.text });

  const plans = sheetWith(workbook, '临时计划 Temporary plans', [
    { header: '目的 Purpose', key: 'purpose', width: 40 },
    { header: '日期 Dates', key: 'dates', width: 26 },
    { header: '客户数 Customers', key: 'customers', width: 16 },
    { header: '已回访 Met', key: 'met', width: 12 },
    { header: '逾期 Overdue', key: 'overdue', width: 12 },
    { header: '进行中 Open', key: 'open', width: 12 },
  ]);
  for (const p of figures.temporaryPlans) plans.addRow({ purpose: p.purpose, dates: `${p.startDate} – ${p.endDate}`, customers: p.customers, met: p.met, overdue: p.overdue, open: p.open });

  return workbookBuffer(workbook);
}
