import { describe, expect, it } from 'vitest';
import { registerVisit } from '../../shared/reception/plan';
import { convertFollowUp, followUpConverted, followUpToConvert, recordVisit, type Actor } from '../../shared/reception/visit-actions';
import type { Visit } from '../../shared/schemas/visit.schema';

const registeredAt = new Date('2026-11-20T02:00:00Z');
const arrivalAt = '2026-12-01T02:00:00.000Z';
const afterArrival = new Date('2026-12-01T08:00:00Z');
const eastStaff: Actor = { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' };
const eastStaff2: Actor = { id: 'east.staff2', name: '吴昊', role: 'unit-staff', unitId: 'east' };
const salesHead: Actor = { id: 'sales.head', name: '李静', role: 'sales-head' };
const salesZhang: Actor = { id: 'sales.zhang', name: '张伟', role: 'sales' };
const northHead: Actor = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };

function openVisit(): Visit {
  return registerVisit(
    { customerId: 'c1', visitors: [{ name: '钱董', title: '', rank: 'manager' }], arrivalAt, departureAt: '2026-12-02T02:00:00.000Z', purpose: '洽谈', travel: {}, lodging: { requested: false }, headcount: 2 },
    { id: 'c1', name: '上海浦江精密机械有限公司', tier: 'general', unitId: 'east' },
    eastStaff,
    'v1',
    registeredAt,
  );
}

function recorded(): Visit {
  const out = recordVisit(
    openVisit(),
    eastStaff,
    {
      metWith: ['孙强'],
      outcomes: '达成意向',
      followUps: [
        { description: '包装破损需售后处理', kind: 'service-request' },
        { description: '寄送新品资料', kind: 'other', ownerId: 'sales.zhang' },
      ],
    },
    afterArrival,
    (() => {
      let n = 0;
      return () => `f${++n}`;
    })(),
  );
  if (!out.ok) throw new Error(out.code);
  return out.visit;
}

describe('turning a follow-up item into a service request or a revisit', () => {
  it('waits for the record, and a cancelled visit never gets one', () => {
    expect(followUpToConvert(openVisit(), 'f1', eastStaff)).toMatchObject({ ok: false, kind: 'conflict', code: 'visit_not_recorded' });
    const cancelled: Visit = { ...openVisit(), status: 'cancelled' };
    expect(followUpToConvert(cancelled, 'f1', eastStaff)).toMatchObject({ ok: false, code: 'visit_closed' });
  });

  it('is for the hosting side and the item’s owner', () => {
    const visit = recorded();
    expect(followUpToConvert(visit, 'f1', eastStaff2)).toMatchObject({ ok: true, followUp: { id: 'f1' } });
    expect(followUpToConvert(visit, 'f1', salesHead)).toMatchObject({ ok: false, kind: 'forbidden', code: 'visit_not_host' });
    expect(followUpToConvert(visit, 'f1', northHead)).toMatchObject({ ok: false, code: 'visit_not_host' });
    expect(followUpToConvert(visit, 'f2', salesZhang)).toMatchObject({ ok: true });
    expect(followUpToConvert(visit, 'f3', eastStaff)).toMatchObject({ ok: false, kind: 'not_found' });
  });

  it('links the item once, with who and when, and leaves the visit recorded', () => {
    const visit = recorded();
    const later = new Date('2026-12-03T01:00:00Z');
    const out = convertFollowUp(visit, 'f1', eastStaff2, { serviceRequestId: 'SR1' }, later);
    if (!out.ok) throw new Error(out.code);
    expect(out.visit).toMatchObject({ status: 'recorded', version: visit.version + 1, updatedAt: later.toISOString() });
    expect(out.visit.record!.followUps[0]).toMatchObject({ id: 'f1', serviceRequestId: 'SR1', convertedAt: later.toISOString(), convertedBy: { id: 'east.staff2', name: '吴昊' } });
    expect(out.visit.record!.followUps[1]).toEqual(visit.record!.followUps[1]);
    expect(followUpConverted(out.visit.record!.followUps[0]!)).toBe(true);
    expect(convertFollowUp(out.visit, 'f1', eastStaff, { revisitId: 'R1' }, later)).toMatchObject({ ok: false, kind: 'conflict', code: 'visit_follow_up_converted' });
    const revisited = convertFollowUp(out.visit, 'f2', salesZhang, { revisitId: 'R1' }, later);
    expect(revisited).toMatchObject({ ok: true });
  });
});
