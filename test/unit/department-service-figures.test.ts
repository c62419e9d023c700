import { describe, expect, it } from 'vitest';
import { departmentServiceFigures } from '../../shared/reports/department-service-figures';
import type { QualityRequest } from '../../shared/reports/service-quality';
import { parsePeriodId } from '../../shared/revisits/periods';

const req = (over: Partial<QualityRequest>): QualityRequest => ({
  id: 'x', kind: 'inquiry', status: 'closed', department: 'finance', createdAt: '2026-11-02T00:00:00Z', events: [], revisitRatings: [], ...over,
});
const q4 = parsePeriodId('2026-Q4')!;
const now = new Date('2026-12-05T04:00:00Z');

describe("a department's service figures for a quarter (第六条〔八〕)", () => {
  const requests = [
    // 48 h to close, a day after the date promised (Shanghai 10-07 > 10-06); first step, a transfer, after 2 h.
    req({
      id: '1', kind: 'complaint', createdAt: '2026-10-05T00:00:00Z', closedAt: '2026-10-07T00:00:00Z', expectedDate: '2026-10-06', satisfaction: 3, revisitRatings: [4, 2],
      events: [{ at: '2026-10-05T02:00:00Z', action: 'transfer' }, { at: '2026-10-07T00:00:00Z', action: 'resolve' }],
    }),
    // Resolved in 4 h, nothing promised.
    req({ id: '2', createdAt: '2026-11-01T00:00:00Z', closedAt: '2026-11-01T04:00:00Z', satisfaction: 5, events: [{ at: '2026-11-01T04:00:00Z', action: 'resolve' }] }),
    // Still open after its promised 12-03 (today is 12-05): past; transferred twice, first after 6 h.
    req({
      id: '3', status: 'in-progress', createdAt: '2026-12-01T00:00:00Z', expectedDate: '2026-12-03',
      events: [{ at: '2026-12-01T06:00:00Z', action: 'transfer' }, { at: '2026-12-02T06:00:00Z', action: 'transfer' }, { at: '2026-12-02T07:00:00Z', action: 'overdue' }],
    }),
    // 00:00 on 1 October in Shanghai: the quarter's first instant. Open, promised for later: not past, no step yet.
    req({ id: '5', status: 'received', createdAt: '2026-09-30T16:00:00Z', expectedDate: '2026-12-31' }),
    // 23:59:59 on 30 September in Shanghai: the quarter before.
    req({ id: '4', createdAt: '2026-09-30T15:59:59Z', closedAt: '2026-10-01T00:00:00Z' }),
    // Another department's.
    req({ id: '6', department: 'sales', kind: 'complaint', createdAt: '2026-11-03T00:00:00Z', closedAt: '2026-11-03T01:00:00Z' }),
  ];

  it('measures response, resolution, overdue share, transfers, complaints and ratings from hand-made requests', () => {
    const f = departmentServiceFigures(requests, 'finance', q4, now);
    expect(f).toEqual({
      department: 'finance', quarter: '2026-Q4',
      requests: 4, complaints: 1,
      firstResponseHours: 4, // (2 + 4 + 6) / 3; request 5 has no step
      closed: 2, resolutionRate: 0.5, resolutionHours: 26, // (48 + 4) / 2
      promised: 3, pastPromised: 2, pastPromisedShare: 2 / 3,
      transfers: 3, transfersPerRequest: 0.75,
      satisfaction: 4, revisitRating: 3, revisitRatings: 2,
    });
  });

  it('gives a department with nothing received nulls where there is nothing to measure, not zeros', () => {
    const f = departmentServiceFigures(requests, 'office', q4, now);
    expect(f).toMatchObject({ requests: 0, complaints: 0, firstResponseHours: null, resolutionRate: null, resolutionHours: null, pastPromisedShare: null, transfersPerRequest: 0, satisfaction: null });
  });

  it('counts a request to the quarter it was received in, in Shanghai time', () => {
    expect(departmentServiceFigures(requests, 'finance', parsePeriodId('2026-Q3')!, now)).toMatchObject({ requests: 1, closed: 1, resolutionRate: 1 });
  });
});
