import type { IndicatorSet } from '../schemas/assessment.schema';

/**
 * The codes the system computes for a business unit's quarter (shared/assessments/unit-figures.ts says how).
 * An indicator an administrator adds with another code is scored by hand with no computed value.
 */
export const unitIndicatorCodes = [
  'archive-completeness',
  'archive-freshness',
  'revisit-coverage-vip',
  'revisit-coverage-key',
  'revisit-coverage-general',
  'service-overdue',
  'reception-on-time',
  'revisit-report-on-time',
] as const;
export type UnitIndicatorCode = (typeof unitIndicatorCodes)[number];

/**
 * Sales' default scorecard for a unit (第三条〔一〕 guide, check and assess the units' customer management;
 * 第十二条 the effect of after-sales service), out of 100, until an administrator changes it.
 */
export const unitIndicatorDefaults: IndicatorSet = {
  indicators: [
    {
      code: 'archive-completeness',
      name: { 'zh-CN': '重要客户档案完整率', en: 'Key archives complete' },
      description: {
        'zh-CN': 'VIP 与重点客户中，档案必填项（信用代码、法定代表人、地址、联系人及电话）齐全且已上传营业执照的比例（第十五、十六条）。',
        en: 'Share of VIP and key customers whose archive has every required field (credit code, legal representative, address, a contact with a phone) and a business licence file.',
      },
      maxScore: 20,
      target: 1,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'archive-freshness',
      name: { 'zh-CN': '档案及时更新率', en: 'Archives kept current' },
      description: {
        'zh-CN': '季度末，本单位客户档案在核实期限内核实过的比例（及时更新，连续完善）。',
        en: 'Share of the unit’s archives verified within the staleness period at the quarter’s end.',
      },
      maxScore: 10,
      target: 0.9,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'revisit-coverage-vip',
      name: { 'zh-CN': 'VIP 客户回访覆盖率', en: 'VIP revisit coverage' },
      description: { 'zh-CN': '本季度到期的 VIP 客户回访义务中已完成的比例，须达 100%（第十一条）。', en: 'Share of the VIP customers’ revisit obligations of the quarter that were met; the policy asks 100%.' },
      maxScore: 15,
      target: 1,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'revisit-coverage-key',
      name: { 'zh-CN': '重点客户回访覆盖率', en: 'Key-customer revisit coverage' },
      description: { 'zh-CN': '本季度到期的重点客户回访义务中已完成的比例，须达 100%。', en: 'Share of the key customers’ revisit obligations of the quarter that were met; the policy asks 100%.' },
      maxScore: 15,
      target: 1,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'revisit-coverage-general',
      name: { 'zh-CN': '一般客户回访覆盖率', en: 'General-customer revisit coverage' },
      description: { 'zh-CN': '本季度到期的一般客户回访义务（每月回访、半年上门抽访）中已完成的比例。', en: 'Share of the general customers’ revisit obligations of the quarter (monthly calls, half-yearly visits) that were met.' },
      maxScore: 10,
      target: 0.9,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'service-overdue',
      name: { 'zh-CN': '服务请求逾期率', en: 'Service requests overdue' },
      description: {
        'zh-CN': '承诺解决日期落在本季度的本单位客户服务请求中，到期未解决（逾期后才关闭或仍未关闭）的比例（第十二条）。',
        en: 'Of the unit’s customers’ service requests promised within the quarter, the share not resolved by the promised date (closed late or still open).',
      },
      maxScore: 10,
      target: 0,
      better: 'lower',
      format: 'share',
    },
    {
      code: 'reception-on-time',
      name: { 'zh-CN': '接待步骤按时完成率', en: 'Reception steps on time' },
      description: { 'zh-CN': '本单位在本季度接待的来访中，接待方案各步骤按期完成的比例（第十条）。', en: 'Share of the reception steps of the unit’s visits in the quarter that were done by their due time.' },
      maxScore: 10,
      target: 1,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'revisit-report-on-time',
      name: { 'zh-CN': '季度回访评价报告按时提交', en: 'Quarterly revisit report on time' },
      description: {
        'zh-CN': '本季度客户回访评价报告在季度结束后 15 日内提交的延误天数（按时为 0；未提交且已过期限的，计至今天）。',
        en: 'Days late of the quarter’s revisit evaluation report against 15 days after the quarter’s end (0 when on time; not submitted and past the date, counted to today).',
      },
      maxScore: 10,
      target: 0,
      better: 'lower',
      format: 'days',
    },
  ],
};
