import type { IndicatorSet } from '../schemas/assessment.schema';

/**
 * The General Office's default scorecard for a department (第六条〔八〕), out of 100. A first list for the
 * engine to run with; the department assessment (issue 17) owns it and the figures computed for these codes.
 */
export const departmentIndicatorDefaults: IndicatorSet = {
  indicators: [
    {
      code: 'service-quality',
      name: { 'zh-CN': '客户服务工作质量', en: 'Customer-service quality' },
      description: { 'zh-CN': '综合办公室对本部门本季度客户服务工作的评价。', en: 'The General Office’s evaluation of the department’s customer service in the quarter.' },
      maxScore: 100,
      target: null,
      better: 'higher',
      format: 'count',
    },
  ],
};
