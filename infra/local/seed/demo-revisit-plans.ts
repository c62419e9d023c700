import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { periodOf } from '#shared/revisits/periods';
import { annualPlanInputSchema } from '#shared/schemas/revisit-plan.schema';
import { revisitCreateSchema } from '#shared/schemas/revisit.schema';
import type { Principal } from '#core/principal';
import { revisitPlanDeps } from '../../../functions/revisit-plans/deps';
import { putAnnualPlan } from '../../../functions/revisit-plans/use-cases/annual-plans';
import { revisitDeps } from '../../../functions/revisits/deps';
import { recordRevisit } from '../../../functions/revisits/use-cases/record-revisit';
import { demoUsers } from '../demo-users';

function as(username: string): Principal {
  const u = demoUsers.find((d) => d.username === username)!;
  return { id: u.username, name: u.name, role: u.role, ...(u.unitId ? { unitId: u.unitId } : {}) };
}

/** East China's revisits of the running quarter: customer, channel, who went, score, issues raised. */
const eastRevisits = [
  { customer: 'seed-001', channel: 'on-site', by: 'east.head', rank: 'manager', satisfaction: 5, issues: ['希望年底前安排一次新设备操作培训'], opinions: '对交付质量满意，希望加强技术支持' },
  { customer: 'seed-007', channel: 'phone', by: 'east.staff', rank: 'salesperson', satisfaction: 4, issues: [], opinions: '关注明年价格政策' },
  { customer: 'seed-002', channel: 'on-site', by: 'east.head', rank: 'manager', satisfaction: 4, issues: [], opinions: '售后响应及时' },
  { customer: 'seed-005', channel: 'email', by: 'east.staff', rank: 'salesperson', satisfaction: 3, issues: ['对账单寄送不及时'], opinions: '希望按月提供对账单' },
  { customer: 'seed-003', channel: 'sms', by: 'east.staff', rank: 'salesperson', satisfaction: 4, issues: [], opinions: '' },
  { customer: 'seed-006', channel: 'phone', by: 'east.staff2', rank: 'salesperson', satisfaction: 2, issues: ['交货周期偏长'], opinions: '交货周期比合同约定长一周' },
  { customer: 'seed-009', channel: 'phone', by: 'east.staff2', rank: 'salesperson', satisfaction: 5, issues: [], opinions: '' },
] as const;

/**
 * The East China unit's annual revisit plan for this year and a handful of its revisits in the running
 * quarter, made through the same use cases as the API, so its quarterly evaluation report has figures to
 * show (R6). Written once: a unit whose plan exists is left as it is.
 */
export async function seedRevisitPlans(client: DynamoDBDocumentClient, tableName: string, now: Date): Promise<void> {
  const plans = { ...revisitPlanDeps(client, tableName), now: () => now };
  const year = Number(periodOf('quarter', now).id.slice(0, 4));
  const existing = await plans.annualPlans.get('east', year);
  if (existing.version > 0) return;
  const targets = { vip: [4, 4, 4, 4], key: [6, 6, 6, 6], general: [10, 10, 10, 10], reserve: [2, 2, 2, 2] };
  await putAnnualPlan(plans, 'east', year, annualPlanInputSchema.parse({ targets, notes: '年度客户回访计划：VIP客户和重点客户每季度上门回访全覆盖，一般客户每月电话或短信回访。' }), 0, as('east.head'));

  // Spread over the quarter so far, oldest first, all before now.
  const start = Date.parse(periodOf('quarter', now).start);
  const span = now.getTime() - 3_600_000 - start;
  const base = revisitDeps(client, tableName);
  for (const [i, r] of eastRevisits.entries()) {
    const visitedAt = new Date(start + Math.max(0, span) * ((i + 1) / (eastRevisits.length + 1)));
    const user = as(r.by);
    const input = revisitCreateSchema.parse({
      visitedAt: visitedAt.toISOString(),
      channel: r.channel,
      visitors: [{ name: user.name, rank: r.rank, staffId: user.id }],
      opinions: r.opinions,
      satisfaction: r.satisfaction,
      issues: r.issues.map((text) => ({ text })),
    });
    await recordRevisit({ ...base, now: () => now, newId: () => `seed-revisit-east-${i + 1}` }, r.customer, input, user, 'zh-CN');
  }
}
