import { describe, expect, it } from 'vitest';
import { coverageShare, figuresContext, HomeFiguresBuilder, tierDirection } from '../../shared/home/home-figures';

const now = new Date('2026-12-05T04:00:00Z'); // 12:00 in Shanghai

describe('the 工作台 figures, built fact by fact per unit and for the company', () => {
  it('reads a move towards VIP as up and towards reserve as down', () => {
    expect([tierDirection('reserve', 'key'), tierDirection('vip', 'general'), tierDirection('key', 'key')]).toEqual(['up', 'down', 'same']);
  });

  it('counts tiers, freshness, amounts, moves, requests and coverage in the unit and the company alike', () => {
    const b = new HomeFiguresBuilder(figuresContext(now, '2026-Q4'), ['east', 'north'], 12);
    b.customer({ unitId: 'east', tier: 'vip', createdAt: '2020-01-01T00:00:00Z', lastVerifiedAt: '2026-06-01T00:00:00Z' });
    b.customer({ unitId: 'east', tier: 'general', createdAt: '2024-01-01T00:00:00Z' }); // never verified, stale since 2025-01-02
    b.customer({ unitId: 'north', tier: 'general', createdAt: '2026-11-01T00:00:00Z' });
    b.monthTotal('east', '2026-12', 100_00);
    b.monthTotal('north', '2026-12', 50_00);
    b.monthTotal('east', '2025-12', 999_00); // the 12 months run 2026-01 … 2026-12: ignored
    b.tierChange('east', { at: '2026-11-20T00:00:00Z', fromTier: 'key', toTier: 'vip' });
    b.tierChange('north', { at: '2026-11-20T00:00:00Z', fromTier: 'key', toTier: 'general' });
    b.tierChange('east', { at: '2026-10-01T00:00:00Z', fromTier: 'general', toTier: 'key' }); // older than 30 days
    b.serviceRequest({ unitId: 'east', kind: 'complaint', status: 'in-progress', expectedDate: '2026-12-01' });
    b.serviceRequest({ unitId: 'east', kind: 'inquiry', status: 'received' });
    b.serviceRequest({ unitId: 'north', kind: 'inquiry', status: 'closed' });
    b.coverage('east', 'vip', 2, 1);
    b.coverage('north', 'key', 3, 3);
    b.coverage('north', 'general', 5, 0); // not VIP or key: not in this figure

    const [company, east, north] = ['company', 'east', 'north'].map((s) => b.figures().find((f) => f.scope === s)!);
    expect(east!.tiers).toEqual({ vip: 1, key: 0, general: 1, reserve: 0 });
    expect(company!.tiers).toEqual({ vip: 1, key: 0, general: 2, reserve: 0 });
    expect(east!.freshness).toEqual({ total: 2, stale: 1, neverVerified: 1 });
    expect(company!.freshness).toEqual({ total: 3, stale: 1, neverVerified: 2 });
    expect(company!.monthly).toHaveLength(12);
    expect(company!.monthly[0]!.month).toBe('2026-01');
    expect(company!.monthly[11]).toEqual({ month: '2026-12', amountFen: 150_00 });
    expect(company!.moves).toMatchObject({ since: '2026-11-05', up: 1, down: 1 });
    expect(north!.moves.pairs).toEqual([{ from: 'key', to: 'general', count: 1 }]);
    expect(east!.service).toEqual({ open: 2, overdue: 1, byKind: { inquiry: 1, complaint: 1, 'after-sales': 0, 'return-refund': 0, reconciliation: 0 } });
    expect(north!.service.open).toBe(0);
    expect(company!.revisitCoverage).toEqual({ periodId: '2026-Q4', target: 1, vip: { obligations: 2, met: 1 }, key: { obligations: 3, met: 3 } });
    expect(coverageShare(company!.revisitCoverage.vip)).toBe(0.5);
    expect(coverageShare({ obligations: 0, met: 0 })).toBe(1);
  });
});
