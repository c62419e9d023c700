import type { TemporaryPlan } from '../../shared/schemas/revisit-plan.schema';

/** An east plan of November 2026 (Shanghai days 2nd–30th), submitted and waiting for leadership. */
export function pendingPlan(over: Partial<TemporaryPlan> = {}): TemporaryPlan {
  return {
    id: 'tp-1',
    unitId: 'east',
    purpose: '新品质量问题集中回访',
    background: '多家客户反映新批次包装破损',
    customers: [
      { id: 'c1', name: '甲公司', tier: 'vip', ownerId: 'east.staff' },
      { id: 'c2', name: '乙公司', tier: 'general', ownerId: 'east.staff2' },
    ],
    channels: ['phone', 'on-site'],
    startDate: '2026-11-02',
    endDate: '2026-11-30',
    status: 'pending',
    createdBy: { id: 'sales.zhang', name: '张伟', role: 'sales' },
    createdAt: '2026-10-30T02:00:00.000Z',
    submittedAt: '2026-10-30T02:00:00.000Z',
    decisions: [],
    updatedAt: '2026-10-30T02:00:00.000Z',
    version: 1,
    ...over,
  };
}

/** The same plan approved before it began. */
export const approvedPlan = (over: Partial<TemporaryPlan> = {}): TemporaryPlan =>
  pendingPlan({
    status: 'approved',
    decisions: [{ decision: 'approved', by: { id: 'leader', name: '陈志远' }, at: '2026-10-31T02:00:00.000Z' }],
    approvedAt: '2026-10-31T02:00:00.000Z',
    updatedAt: '2026-10-31T02:00:00.000Z',
    version: 2,
    ...over,
  });
