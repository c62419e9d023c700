/** Messages of sales targets (issue 17, 第五条〔一〕 销售任务与回款). */
export const salesTargetMessages = {
  'salesTarget.year': { 'zh-CN': '年度须在 2020 至 2100 之间。', en: 'The year must be between 2020 and 2100.' },
  'salesTarget.kind': { 'zh-CN': '目标对象须为业务单位（unit）或业务员（person）。', en: 'A target is for a business unit (unit) or a salesperson (person).' },
  'salesTarget.amount': { 'zh-CN': '销售目标须为大于 0 的金额（分），不超过 1 万亿元。', en: 'The sales target is an amount in fen above 0, at most one trillion yuan.' },
  'salesTarget.collection': { 'zh-CN': '回款目标须为大于 0 的金额（分），不超过 1 万亿元；不设回款目标时留空。', en: 'The collection target is an amount in fen above 0, at most one trillion yuan; leave it out for none.' },
  'salesTarget.unknownPerson': { 'zh-CN': '员工名录中没有此人，或其已停用。', en: 'This person is not in the staff directory, or is disabled.' },
} as const;
