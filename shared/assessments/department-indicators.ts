import type { IndicatorSet } from '../schemas/assessment.schema';

/**
 * The department assessment's indicators until an administrator changes them (第六条〔八〕): each code is a
 * figure shared/assessments/department-kind.ts computes from the service requests (R7, R8). Scores add up
 * to 100; the targets are a starting point for the General Office to adjust.
 */
export const departmentIndicatorDefaults: IndicatorSet = {
  indicators: [
    {
      code: 'first-response-hours',
      name: { 'zh-CN': '首次响应时长', en: 'First response time' },
      description: { 'zh-CN': '从受理到第一次处理（办结、暂缓、转办、改期、登记款项）的平均小时数。', en: 'Mean hours from receipt to the first step taken (resolved, put off, transferred, rescheduled, money recorded).' },
      maxScore: 15,
      target: 24,
      better: 'lower',
      format: 'hours',
    },
    {
      code: 'resolution-rate',
      name: { 'zh-CN': '办结率', en: 'Resolution rate' },
      description: { 'zh-CN': '本季度受理、由本部门承办的服务请求中已办结的比例。', en: 'Of the requests received in the quarter that the department holds, the share closed.' },
      maxScore: 15,
      target: 0.9,
      better: 'higher',
      format: 'share',
    },
    {
      code: 'resolution-hours',
      name: { 'zh-CN': '平均办结时长', en: 'Mean time to resolve' },
      description: { 'zh-CN': '已办结请求从受理到办结的平均小时数。', en: 'Mean hours from receipt to closing, over the closed requests.' },
      maxScore: 10,
      target: 72,
      better: 'lower',
      format: 'hours',
    },
    {
      code: 'past-promised-share',
      name: { 'zh-CN': '逾期占比', en: 'Share past the promised date' },
      description: { 'zh-CN': '告知客户办结日期的请求中，晚于该日期办结或至今逾期未办结的比例。', en: 'Of the requests given a promised date, the share closed after it or still open past it.' },
      maxScore: 15,
      target: 0.1,
      better: 'lower',
      format: 'share',
    },
    {
      code: 'transfers-per-request',
      name: { 'zh-CN': '平均转办次数', en: 'Transfers per request' },
      description: { 'zh-CN': '每件请求平均被转办的次数（首问负责制：能当场解决的不转办）。', en: 'Mean number of transfers per request (first-inquiry responsibility: what can be solved on the spot is not passed on).' },
      maxScore: 10,
      target: 0.5,
      better: 'lower',
      format: 'count',
    },
    {
      code: 'complaints',
      name: { 'zh-CN': '投诉件数', en: 'Complaints' },
      description: { 'zh-CN': '本季度受理、由本部门承办的投诉件数。', en: 'Complaints received in the quarter that the department holds.' },
      maxScore: 10,
      target: null,
      better: 'lower',
      format: 'count',
    },
    {
      code: 'satisfaction',
      name: { 'zh-CN': '办结满意度', en: 'Satisfaction at resolution' },
      description: { 'zh-CN': '办结时客户评价的平均分（1–5 分）。', en: "The customers' mean rating when the request was closed (1–5)." },
      maxScore: 15,
      target: 4,
      better: 'higher',
      format: 'count',
    },
    {
      code: 'revisit-rating',
      name: { 'zh-CN': '回访评价', en: 'Rating in follow-up revisits' },
      description: { 'zh-CN': '回访跟进这些请求时客户给出的平均分（1–5 分）。', en: 'The mean rating customers gave when a revisit followed these requests up (1–5).' },
      maxScore: 10,
      target: 4,
      better: 'higher',
      format: 'count',
    },
  ],
};
