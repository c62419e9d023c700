import { describe, expect, it } from 'vitest';
import { holderKey, isStepToDo, openStepsOf, personHolderKey, stepOwnerRoles } from '../../shared/reception/open-steps';
import { registerVisit } from '../../shared/reception/plan';
import { cancelVisit, decide, recordVisit, tickStep, type Actor } from '../../shared/reception/visit-actions';
import type { Tier } from '../../shared/schemas/customer.schema';
import type { Visit, VisitorRank } from '../../shared/schemas/visit.schema';

const now = new Date('2026-11-20T02:00:00Z');
const leader: Actor = { id: 'leader', name: '陈志远', role: 'leadership' };
const eastHead: Actor = { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' };
const eastStaff: Actor = { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' };

function visitOf(tier: Tier, rank: VisitorRank): Visit {
  return registerVisit(
    {
      customerId: 'c1',
      visitors: [{ name: '钱董', title: '', rank }],
      arrivalAt: '2026-12-01T02:00:00.000Z',
      departureAt: '2026-12-02T02:00:00.000Z',
      purpose: '年度合作洽谈',
      travel: {},
      lodging: { requested: true },
      headcount: 2,
    },
    { id: 'c1', name: '上海浦江精密机械有限公司', tier, unitId: 'east' },
    eastStaff,
    'v1',
    now,
  );
}

const filed = (v: Visit) => openStepsOf(v).map((e) => `${e.holder}:${e.stepId}`);

describe('whose reception steps are whose', () => {
  it('files a unit role under its unit and a company role under the role alone, one key per person', () => {
    expect(holderKey({ role: 'unit-head', unitId: 'east' })).toBe('unit-head@east');
    expect(holderKey({ role: 'leadership' })).toBe('leadership');
    expect(personHolderKey({ role: 'unit-staff', unitId: 'north' })).toBe('unit-staff@north');
    expect(personHolderKey({ role: 'sales-head' })).toBe('sales-head');
  });

  it('gives steps only to the roles the standard names: not Finance, Sales staff or the administrator', () => {
    expect([...stepOwnerRoles].sort()).toEqual(['leadership', 'office', 'sales-head', 'unit-head', 'unit-staff']);
  });
});

describe('which steps are still to do', () => {
  it('while a VIP plan awaits approval: only the open information step; not the approval, not the plan that closes with it, nothing waiting', () => {
    const v = visitOf('vip', 'chairman-gm');
    expect(v.status).toBe('awaiting-approval');
    expect(filed(v)).toEqual(['unit-head@east:info']);
    expect(isStepToDo(v, v.steps.find((s) => s.kind === 'approval')!)).toBe(false);
    expect(isStepToDo(v, v.steps.find((s) => s.kind === 'plan')!)).toBe(false);
  });

  it('once approved: every opened step, under its owner and under each alternate apart', () => {
    const approved = decide(visitOf('vip', 'chairman-gm'), leader, { decision: 'approved' }, now);
    if (!approved.ok) throw new Error(approved.code);
    expect(filed(approved.visit)).toEqual([
      'unit-head@east:info',
      'unit-head@east:lodging',
      'sales-head:pickup',
      'leadership:pickup',
      'leadership:meeting',
      'unit-head@east:banquet',
    ]);
  });

  it('a plan without approval is the unit’s own step to tick; a ticked step leaves the list', () => {
    const v = visitOf('general', 'manager');
    expect(filed(v)).toContain('unit-head@east:plan');
    const ticked = tickStep(v, 'plan', eastHead, '方案已拟订', now);
    if (!ticked.ok) throw new Error(ticked.code);
    expect(filed(ticked.visit)).not.toContain('unit-head@east:plan');
    expect(filed(ticked.visit)).toHaveLength(filed(v).length - 1);
  });

  it('nothing is left to do on a cancelled or recorded visit', () => {
    const v = visitOf('general', 'manager');
    const cancelled = cancelVisit(v, eastStaff, '客户行程取消', now);
    if (!cancelled.ok) throw new Error(cancelled.code);
    expect(filed(cancelled.visit)).toEqual([]);
    const recorded = recordVisit(v, eastHead, { metWith: [], outcomes: '达成合作意向', followUps: [] }, new Date('2026-12-01T03:00:00Z'), () => 'f1');
    if (!recorded.ok) throw new Error(recorded.code);
    expect(filed(recorded.visit)).toEqual([]);
  });

  it('carries what the list shows: the step, its due time, the customer and the arrival', () => {
    const [entry] = openStepsOf(visitOf('general', 'manager'));
    expect(entry).toMatchObject({ holder: 'unit-head@east', visitId: 'v1', stepId: 'info', customerName: '上海浦江精密机械有限公司', arrivalAt: '2026-12-01T02:00:00.000Z' });
    expect(entry!.title['zh-CN']).toBeTruthy();
  });
});
