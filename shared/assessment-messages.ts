/** Messages of assessments (考核, R9, issue 17), in both languages; messages.ts spreads them in. */
export const assessmentMessages = {
  'assessment.quarterFormat': { 'zh-CN': '季度格式应为 2026-Q4。', en: 'A quarter reads like 2026-Q4.' },
  'assessment.quarterNotStarted': { 'zh-CN': '该季度尚未开始，不能考核。', en: 'That quarter has not started; it cannot be assessed yet.' },
  'assessment.codeFormat': { 'zh-CN': '指标代码须以小写字母开头，只含小写字母、数字和连字符（2–40 个字符）。', en: 'An indicator code starts with a lower-case letter and holds lower-case letters, digits and hyphens (2–40).' },
  'assessment.codeRepeated': { 'zh-CN': '指标代码不能重复。', en: 'An indicator code appears twice.' },
  'assessment.unknownIndicator': { 'zh-CN': '没有此考核指标。', en: 'No such indicator.' },
  'assessment.scoreAboveMax': { 'zh-CN': '得分不能超过该指标的满分。', en: 'The score is above the indicator’s maximum.' },
  'assessment.scoreRequired': { 'zh-CN': '提交前须为每项指标打分。', en: 'Score every indicator before submitting.' },
  'assessment.overallRequired': { 'zh-CN': '提交前须填写总体评价。', en: 'Write the overall comment before submitting.' },
  'assessment.reasonRequired': { 'zh-CN': '提出异议时须写明理由。', en: 'An objection needs its reason.' },
  'assessment.notSubmitted': { 'zh-CN': '只有已提交的考核表才能确认或提出异议。', en: 'Only a submitted scorecard can be acknowledged or objected to.' },
  'assessment.awaitingSubject': { 'zh-CN': '考核表已提交，正在等待被考核方确认，不能修改。', en: 'The scorecard is submitted and awaits the answer of those assessed; it cannot change now.' },
  'assessment.closed': { 'zh-CN': '考核表已确认，本季度考核已结束，不能再修改。', en: 'The scorecard is acknowledged and the quarter closed; it can no longer change.' },
  'assessment.notAssessor': { 'zh-CN': '只有考核方可以打分和提交考核表。', en: 'Only the assessor can score and submit the scorecard.' },
  'assessment.notSubjectHead': { 'zh-CN': '只有被考核单位（部门）的负责人可以确认或提出异议。', en: 'Only the head of the unit or department assessed can acknowledge or object.' },
} as const;
