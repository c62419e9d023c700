import { formatIndicatorValue, scorecardActionLabels, scorecardStateLabels, targetOperator } from '#shared/assessments/scorecard-labels';
import type { ScorecardView } from '#shared/schemas/assessment.schema';
import { shanghaiWallClock } from '#shared/shanghai-time';
import { aboutSheet, both, newWorkbook, sheetWith, workbookBuffer } from './sheet-layout';

/**
 * A quarterly scorecard of any kind (R9) as a workbook: who and when, the indicators with their computed
 * values, targets, scores and comments and the total, then the history — as the page shows them.
 */
export async function buildScorecardWorkbook(view: ScorecardView, exportedBy: string, exportedAt: string): Promise<Buffer> {
  const { scorecard } = view;
  const workbook = await newWorkbook();
  aboutSheet(workbook, '考核表 Scorecard', [
    ['被考核方 Assessed', both(view.subjectName)],
    ['季度 Quarter', scorecard.quarter],
    ['状态 State', both(scorecardStateLabels[scorecard.state])],
    ['总分 Total', `${view.total} / ${view.maxTotal}`],
    ['数据截至 Figures as of', `${shanghaiWallClock(view.computedAt)}${view.frozen ? '（提交时 as submitted）' : ''}`],
    ['总体评价 Overall comment', scorecard.overallComment],
    ['导出 Exported', `${shanghaiWallClock(exportedAt)} ${exportedBy}`],
  ]);

  const indicators = sheetWith(workbook, '考核指标 Indicators', [
    { header: '指标 Indicator', key: 'name', width: 36 },
    { header: '系统计算值 Computed', key: 'value', width: 18 },
    { header: '计算依据 Basis', key: 'basis', width: 14 },
    { header: '目标 Target', key: 'target', width: 12 },
    { header: '达标 Met', key: 'met', width: 10 },
    { header: '满分 Max', key: 'max', width: 10 },
    { header: '得分 Score', key: 'score', width: 10 },
    { header: '评语 Comment', key: 'comment', width: 50 },
  ]);
  for (const r of view.rows) {
    const d = r.definition;
    indicators.addRow({
      name: both(d.name),
      value: formatIndicatorValue(r.computed.value, d.format),
      basis: r.computed.denominator !== undefined ? `${r.computed.numerator}/${r.computed.denominator}` : '',
      target: d.target === null ? '—' : `${targetOperator(d)} ${formatIndicatorValue(d.target, d.format)}`,
      met: r.meetsTarget === null ? '—' : r.meetsTarget ? '是 Yes' : '否 No',
      max: d.maxScore,
      score: r.score ?? '',
      comment: r.comment,
    }).alignment = { wrapText: true, vertical: 'top' };
  }
  indicators.addRow({ name: '合计 Total', max: view.maxTotal, score: view.total }).font = { bold: true };

  const history = sheetWith(workbook, '记录 History', [
    { header: '时间 When', key: 'at', width: 18 },
    { header: '操作 Action', key: 'action', width: 22 },
    { header: '人员 By', key: 'by', width: 16 },
    { header: '说明 Note', key: 'note', width: 60 },
  ]);
  for (const h of scorecard.history) {
    history.addRow({ at: shanghaiWallClock(h.at), action: both(scorecardActionLabels[h.action]), by: h.by.name, note: [h.note, h.total !== undefined ? `总分 ${h.total}` : ''].filter(Boolean).join('；') });
  }
  return workbookBuffer(workbook);
}
