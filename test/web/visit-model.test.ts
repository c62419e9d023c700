import { describe, expect, it } from 'vitest';
import { registerVisit } from '#shared/reception/plan';
import { decide, recordVisit } from '#shared/reception/visit-actions';
import type { Tier } from '#shared/schemas/customer.schema';
import type { Visit, VisitorRank } from '#shared/schemas/visit.schema';
import {
  addDays,
  calendarRange,
  canConvert,
  canTick,
  progressOf,
  relativeDue,
  splitNames,
  visitActions,
  visitsByDay,
  type Viewer,
  visitTimeOn,
} from '../../web/src/views/reception/visit-model';

const registeredAt = new Date('2026-11-20T02:00:00Z');
const arrivalAt = '2026-12-01T02:00:00.000Z'; // 10:00 in Shanghai
const viewers = {
  leader: { username: 'leader', name: '陈志远', role: 'leadership' },
  salesHead: { username: 'sales.head', name: '李静', role: 'sales-head' },
  eastHead: { username: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  eastStaff: { username: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
  northHead: { username: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' },
  office: { username: 'office.liu', name: '刘芳', role: 'office' },
} satisfies Record<string, Viewer>;

function visitOf(tier: Tier, rank: VisitorRank, lodging = true): Visit {
  return registerVisit(
    { customerId: 'c1', visitors: [{ name: '钱董', title: '董事长', rank }], arrivalAt, departureAt: '2026-12-02T08:00:00.000Z', purpose: '洽谈', travel: {}, lodging: { requested: lodging }, headcount: 2 },
    { id: 'c1', name: '上海浦江精密机械有限公司', tier, unitId: 'east' },
    { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
    'v1',
    registeredAt,
  );
}

const approved = (v: Visit) => {
  const out = decide(v, { id: 'leader', name: '陈志远', role: 'leadership' }, { decision: 'approved' }, registeredAt);
  if (!out.ok) throw new Error(out.code);
  return out.visit;
};

describe('calendar days', () => {
  it('counts days across a year end', () => {
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it('fetches the whole six-week grid of a calendar month', () => {
    expect(calendarRange(new Date('2026-12-15T12:00:00Z'))).toEqual({ from: '2026-11-24', to: '2027-01-14' });
    // The last hours of a UTC month are already the next month in Shanghai.
    expect(calendarRange(new Date('2026-11-30T17:00:00Z')).from).toBe('2026-11-24');
  });

  it('puts a visit on every day from its arrival to its departure, in arrival order', () => {
    const a = { id: 'a', arrivalAt: '2026-12-01T02:00:00Z', departureAt: '2026-12-02T08:00:00Z' };
    const b = { id: 'b', arrivalAt: '2026-11-30T17:00:00Z', departureAt: '2026-12-01T03:00:00Z' }; // 01:00 on the 1st in Shanghai
    const days = visitsByDay([a, b], '2026-11-30', '2026-12-03');
    expect(days.map((d) => [d.date, d.visits.map((v) => v.id)])).toEqual([
      ['2026-12-01', ['b', 'a']],
      ['2026-12-02', ['a']],
    ]);
  });
});

describe('when a step is due, relative to the arrival', () => {
  it('says whole days as days and other offsets in hours', () => {
    expect(relativeDue('2026-11-28T02:00:00Z', arrivalAt)).toEqual({ when: 'before', days: 3 });
    expect(relativeDue('2026-11-29T14:00:00Z', arrivalAt)).toEqual({ when: 'before', hours: 36 });
    expect(relativeDue(arrivalAt, arrivalAt)).toEqual({ when: 'at' });
    expect(relativeDue('2026-12-01T04:00:00Z', arrivalAt)).toEqual({ when: 'after', hours: 2 });
  });
});

describe('what the visit page offers', () => {
  it('lets only leadership decide a VIP chairman’s plan, and nobody tick the plan or the approval', () => {
    const visit = visitOf('vip', 'chairman-gm');
    expect(visitActions(visit, viewers.leader, registeredAt).decide).toBe(true);
    expect(visitActions(visit, viewers.salesHead, registeredAt).decide).toBe(false);
    const step = (id: string) => visit.steps.find((s) => s.id === id)!;
    expect(canTick(visit, step('info'), viewers.eastHead)).toBe(true);
    expect(canTick(visit, step('info'), viewers.eastStaff)).toBe(false);
    expect(canTick(visit, step('plan'), viewers.salesHead)).toBe(false);
    expect(canTick(visit, step('approval'), viewers.leader)).toBe(false);
    expect(canTick(visit, step('pickup'), viewers.salesHead)).toBe(false); // waits for the approval
  });

  it('opens the steps to their owners once approved', () => {
    const visit = approved(visitOf('vip', 'chairman-gm'));
    const step = (id: string) => visit.steps.find((s) => s.id === id)!;
    expect(canTick(visit, step('pickup'), viewers.salesHead)).toBe(true);
    expect(canTick(visit, step('pickup'), viewers.leader)).toBe(true); // the alternate the standard names
    expect(canTick(visit, step('meeting'), viewers.leader)).toBe(true);
    expect(canTick(visit, step('banquet'), viewers.eastHead)).toBe(true);
    expect(canTick(visit, step('banquet'), viewers.office)).toBe(false); // assists, does not tick
    expect(canTick(visit, step('meeting'), viewers.northHead)).toBe(false);
    expect(canTick(visit, step('meeting'), null)).toBe(false);
    expect(progressOf(visit)).toEqual({ done: 2, total: 7 });
  });

  it('offers resubmitting to the drafter after a rejection, and cancelling to the hosting side', () => {
    const out = decide(visitOf('vip', 'chairman-gm'), { id: 'leader', name: '陈志远', role: 'leadership' }, { decision: 'rejected', reason: '请补充议程' }, registeredAt);
    if (!out.ok) throw new Error(out.code);
    expect(visitActions(out.visit, viewers.salesHead, registeredAt)).toMatchObject({ resubmit: true, cancel: false });
    expect(visitActions(out.visit, viewers.eastHead, registeredAt)).toMatchObject({ resubmit: false, cancel: true });
  });

  it('lets the hosting unit edit a general customer’s steps, and record the visit once the guests arrived', () => {
    const visit = visitOf('general', 'manager');
    expect(visitActions(visit, viewers.eastStaff, registeredAt)).toMatchObject({ editSteps: true, record: false });
    expect(visitActions(visit, viewers.eastStaff, new Date('2026-12-01T03:00:00Z')).record).toBe(true);
    expect(visitActions(visit, viewers.northHead, registeredAt).editSteps).toBe(false);
    expect(visitActions(visitOf('key', 'manager'), viewers.eastHead, registeredAt).editSteps).toBe(false);
  });

  it('offers turning a recorded follow-up to the hosting side and its owner, once', () => {
    const out = recordVisit(
      visitOf('general', 'manager'),
      { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
      { metWith: ['孙强'], outcomes: '达成意向', followUps: [{ description: '寄样品', kind: 'other', ownerId: 'sales.head' }] },
      new Date('2026-12-01T05:00:00Z'),
      () => 'f1',
    );
    if (!out.ok) throw new Error(out.code);
    const f = out.visit.record!.followUps[0]!;
    expect(canConvert(out.visit, f, viewers.eastStaff)).toBe(true);
    expect(canConvert(out.visit, f, viewers.salesHead)).toBe(true);
    expect(canConvert(out.visit, f, viewers.leader)).toBe(false);
    expect(canConvert(out.visit, { ...f, serviceRequestId: 'SR1' }, viewers.eastStaff)).toBe(false);
  });
});

describe('names typed in one box', () => {
  it('splits on Chinese and Latin separators and drops blanks and repeats', () => {
    expect(splitNames('孙强、周婷, 王磊，孙强\n ')).toEqual(['孙强', '周婷', '王磊']);
  });
});

describe('who answers for a step', () => {
  it('is everyone holding the owner’s role, in the hosting unit for a unit’s role', async () => {
    const { ownerPeople } = await import('../../web/src/views/reception/visit-model');
    const staff = [
      { id: 'east.head', name: '孙强', role: 'unit-head' as const, unitId: 'east' as const },
      { id: 'north.head', name: '郑涛', role: 'unit-head' as const, unitId: 'north' as const },
      { id: 'sales.head', name: '李静', role: 'sales-head' as const },
    ];
    expect(ownerPeople({ party: 'business-unit', role: 'unit-head', unitId: 'east' }, staff)).toEqual(['孙强']);
    expect(ownerPeople({ party: 'sales-head', role: 'sales-head' }, staff)).toEqual(['李静']);
    expect(ownerPeople({ party: 'company-leadership', role: 'leadership' }, staff)).toEqual([]);
  });
});

describe('the time a visit shows on each day of its span (issue 13)', () => {
  const visit = { arrivalAt: '2026-12-03T01:30:00.000Z', departureAt: '2026-12-05T09:00:00.000Z' };
  it('arrival on the first day, all day between, departure on the last', () => {
    expect(visitTimeOn(visit, '2026-12-03')).toEqual({ kind: 'arrives', from: '09:30' });
    expect(visitTimeOn(visit, '2026-12-04')).toEqual({ kind: 'all-day' });
    expect(visitTimeOn(visit, '2026-12-05')).toEqual({ kind: 'leaves', to: '17:00' });
  });
  it('both times on a one-day visit', () => {
    expect(visitTimeOn({ arrivalAt: '2026-12-03T01:30:00.000Z', departureAt: '2026-12-03T06:00:00.000Z' }, '2026-12-03')).toEqual({ kind: 'span', from: '09:30', to: '14:00' });
  });
});
