import { describe, expect, it } from 'vitest';
import { freshnessReport } from '../../shared/reports/freshness-report';
import { serviceQuality, type QualityRequest } from '../../shared/reports/service-quality';
import { tierAt, tierReport, type TierReportCustomer } from '../../shared/reports/tier-report';

const entry = (at: string, fromTier: TierReportCustomer['tier'], toTier: TierReportCustomer['tier']) => ({
  at, fromTier, toTier, source: 'nightly' as const, rule: 'key' as const, annualAmountFen: 200_000_00, creditRating: 'A', by: 'system',
});

describe('tier report from the tier history', () => {
  const a: TierReportCustomer = { id: 'a', name: '甲', unitId: 'east', tier: 'vip', createdAt: '2026-01-01T00:00:00Z', history: [entry('2026-11-10T00:00:00Z', 'key', 'vip')] };
  const b: TierReportCustomer = { id: 'b', name: '乙', unitId: 'east', tier: 'general', createdAt: '2026-01-01T00:00:00Z', history: [entry('2026-11-12T00:00:00Z', 'key', 'general'), entry('2026-09-01T00:00:00Z', 'reserve', 'key')] };
  const c: TierReportCustomer = { id: 'c', name: '丙', unitId: 'north', tier: 'reserve', createdAt: '2026-11-20T00:00:00Z', history: [] };

  it('knows the tier held at an instant, before the first change and after the last', () => {
    expect(tierAt(b, '2026-08-01T00:00:00Z')).toBe('reserve');
    expect(tierAt(b, '2026-10-01T00:00:00Z')).toBe('key');
    expect(tierAt(b, '2026-12-01T00:00:00Z')).toBe('general');
    expect(tierAt(c, '2026-11-01T00:00:00Z')).toBeUndefined();
    expect(tierAt(c, '2026-12-01T00:00:00Z')).toBe('reserve');
  });

  it('counts tiers at both ends and the moves in between, newest move first', () => {
    const r = tierReport([a, b, c], ['east', 'north'], '2026-11-01T00:00:00Z', '2026-12-01T00:00:00Z');
    const row = (u: string, t: string) => r.rows.find((x) => x.unitId === u && x.tier === t)!;
    expect(row('east', 'key')).toMatchObject({ atStart: 2, atEnd: 0, movedIn: 0, movedOut: 2 });
    expect(row('east', 'vip')).toMatchObject({ atStart: 0, atEnd: 1, movedIn: 1 });
    expect(row('east', 'general')).toMatchObject({ atStart: 0, atEnd: 1, movedIn: 1 });
    expect(row('north', 'reserve')).toMatchObject({ atStart: 0, atEnd: 1 });
    expect(r.byUnit).toEqual([{ unitId: 'east', up: 1, down: 1 }, { unitId: 'north', up: 0, down: 0 }]);
    expect(r.moves.map((m) => `${m.customerName} ${m.from}→${m.to} ${m.direction}`)).toEqual(['乙 key→general down', '甲 key→vip up']);
  });
});

describe('archive freshness report', () => {
  it('gives the stale share by unit and owner, stale oldest first, never-verified apart', () => {
    const now = new Date('2026-12-05T04:00:00Z');
    const base = { tier: 'general' as const };
    const r = freshnessReport(
      [
        { ...base, id: '1', name: '一', unitId: 'east', ownerId: 'p', createdAt: '2020-01-01T00:00:00Z', lastVerifiedAt: '2025-03-01T00:00:00Z' },
        { ...base, id: '2', name: '二', unitId: 'east', ownerId: 'p', createdAt: '2020-01-01T00:00:00Z', lastVerifiedAt: '2024-03-01T00:00:00Z' },
        { ...base, id: '3', name: '三', unitId: 'east', ownerId: 'q', createdAt: '2026-03-01T00:00:00Z', lastVerifiedAt: '2026-04-01T00:00:00Z' },
        { ...base, id: '4', name: '四', unitId: 'north', ownerId: 'r', createdAt: '2023-06-01T00:00:00Z' },
      ],
      now,
      12,
    );
    expect(r.total).toEqual({ total: 4, stale: 3, share: 0.75, neverVerified: 1 });
    expect(r.byUnit).toEqual([{ unitId: 'east', total: 3, stale: 2, share: 2 / 3 }, { unitId: 'north', total: 1, stale: 1, share: 1 }]);
    // Highest share first; equal shares by unit.
    expect(r.byOwner.map((o) => `${o.ownerId}:${o.stale}/${o.total}`)).toEqual(['p:2/2', 'r:1/1', 'q:0/1']);
    expect(r.stale.map((s) => s.customerName)).toEqual(['二', '一']);
    expect(r.neverVerified).toEqual([expect.objectContaining({ customerName: '四', since: '2023-06-01', stale: true })]);
  });

  it('lists archives stale since the same day by name in pinyin order, not by character code', () => {
    const now = new Date('2026-12-05T04:00:00Z');
    const at = { tier: 'general' as const, unitId: 'east', ownerId: 'p', createdAt: '2020-01-01T00:00:00Z', lastVerifiedAt: '2024-03-01T00:00:00Z' };
    // By code point 周 (U+5468) comes before 阿 (U+963F) and 安 (U+5B89); by pinyin (a, an, zhou) last.
    const names = ['周口纺织有限公司', '阿克苏果业有限公司', '安阳钢铁有限公司'];
    const r = freshnessReport(names.map((name, i) => ({ ...at, id: String(i), name })), now, 12);
    expect(r.stale.map((s) => s.customerName)).toEqual(['阿克苏果业有限公司', '安阳钢铁有限公司', '周口纺织有限公司']);
  });
});

describe('service quality by department and month', () => {
  const req = (over: Partial<QualityRequest>): QualityRequest => ({
    id: 'x', kind: 'inquiry', status: 'closed', department: 'finance', createdAt: '2026-11-02T00:00:00Z', events: [], revisitRatings: [], ...over,
  });

  it('computes first response, resolution, past-promised share, transfers and ratings from hand-made requests', () => {
    const rows = serviceQuality(
      [
        req({
          id: '1', kind: 'complaint', closedAt: '2026-11-04T00:00:00Z', expectedDate: '2026-11-03', satisfaction: 4, revisitRatings: [5],
          events: [{ at: '2026-11-02T00:00:00Z', action: 'receive' }, { at: '2026-11-02T02:00:00Z', action: 'transfer' }, { at: '2026-11-04T00:00:00Z', action: 'resolve' }],
        }),
        req({ id: '2', closedAt: '2026-11-02T06:00:00Z', satisfaction: 2, events: [{ at: '2026-11-02T06:00:00Z', action: 'resolve' }] }),
        req({ id: '3', status: 'in-progress', expectedDate: '2026-12-31', closedAt: undefined, events: [{ at: '2026-11-02T00:00:00Z', action: 'overdue' }] }),
        req({ id: '4', department: 'sales', createdAt: '2026-10-30T00:00:00Z', closedAt: '2026-10-30T01:00:00Z' }),
      ],
      new Date('2026-12-05T04:00:00Z'),
    );
    const nov = rows.rows.find((r) => r.department === 'finance' && r.month === '2026-11')!;
    expect(nov).toMatchObject({
      requests: 3, complaints: 1, firstResponseHours: 4, resolutionHours: 27, closed: 2,
      promised: 2, pastPromised: 1, pastPromisedShare: 0.5, transfers: 1, transfersPerRequest: 1 / 3, satisfaction: 3, revisitRating: 5, revisitRatings: 1,
    });
    expect(rows.rows.map((r) => `${r.department}|${r.month}`)).toEqual(['finance|2026-11', 'sales|2026-10']);
    expect(rows.totals.map((r) => `${r.department}:${r.requests}`)).toEqual(['finance:3', 'sales:1']);
  });
});
