import { describe, expect, it } from 'vitest';
import { archiveGaps, unitFigures, type ArchiveFact, type UnitQuarterFacts } from '../../shared/assessments/unit-figures';
import { unitIndicatorCodes, unitIndicatorDefaults } from '../../shared/assessments/unit-indicators';
import { parsePeriodId } from '../../shared/revisits/periods';

const q3 = parsePeriodId('2026-Q3')!;
const complete = { legalRepresentative: '王法人', registeredAddress: '上海市浦东新区', contacts: [{ name: '李联系', phone: '13800000000' }], hasLicenceFile: true };
const customers: ArchiveFact[] = [
  { id: 'A', tier: 'vip', createdAt: '2025-01-01T00:00:00.000Z', lastVerifiedAt: '2026-03-01T02:00:00.000Z', ...complete },
  // No licence file; verified 2025-08-01, so stale from 2026-08-02.
  { id: 'B', tier: 'key', createdAt: '2025-01-01T00:00:00.000Z', lastVerifiedAt: '2025-08-01T02:00:00.000Z', ...complete, hasLicenceFile: false },
  // Its only contact has no phone; never verified, created in May: fresh.
  { id: 'C', tier: 'key', createdAt: '2026-05-01T02:00:00.000Z', ...complete, contacts: [{ name: '赵联系' }] },
  // General: never verified since 2024, stale; its archive gaps do not count (VIP and key only).
  { id: 'D', tier: 'general', createdAt: '2024-01-01T02:00:00.000Z', contacts: [] },
  // Created after the quarter: not counted for freshness.
  { id: 'E', tier: 'general', createdAt: '2026-10-05T02:00:00.000Z', contacts: [] },
];

const facts = (over: Partial<UnitQuarterFacts> = {}): UnitQuarterFacts => ({
  quarter: q3,
  asOf: new Date('2026-10-20T02:00:00.000Z'),
  customers,
  stalePeriodMonths: 12,
  coverage: [
    { tier: 'vip', obligations: 2, met: 1 },
    { tier: 'vip', obligations: 1, met: 1 },
    { tier: 'key', obligations: 4, met: 4 },
    { tier: 'general', obligations: 10, met: 7 },
  ],
  requests: [
    { status: 'closed', expectedDate: '2026-07-10', closedAt: '2026-07-10T10:00:00.000Z' }, // 18:00 Shanghai the same day: on time
    { status: 'closed', expectedDate: '2026-08-31', closedAt: '2026-08-31T17:00:00.000Z' }, // 01:00 Sep 1 Shanghai: late
    { status: 'in-progress', expectedDate: '2026-09-30' }, // still open on Oct 20: late
    { status: 'in-progress', expectedDate: '2026-10-05' }, // promised after the quarter
    { status: 'closed', expectedDate: '2026-06-30', closedAt: '2026-07-09T00:00:00.000Z' }, // promised before it
  ],
  receptionSteps: [
    { status: 'done', dueAt: '2026-07-05T02:00:00.000Z', doneAt: '2026-07-05T01:00:00.000Z' },
    { status: 'done', dueAt: '2026-07-05T02:00:00.000Z', doneAt: '2026-07-06T01:00:00.000Z' },
    { status: 'open', dueAt: '2026-08-01T02:00:00.000Z' },
    { status: 'waiting', dueAt: '2026-11-01T02:00:00.000Z' },
  ],
  // Due 15 days after the quarter: 2026-10-16 00:00 Shanghai (2026-10-15T16:00Z); 1 day 11 hours late.
  revisitReportFirstSubmittedAt: '2026-10-17T03:00:00.000Z',
  ...over,
});

const byCode = (f: UnitQuarterFacts) => Object.fromEntries(unitFigures(f).map((c) => [c.code, c]));

describe('a unit’s quarter, computed from hand-counted facts', () => {
  it('gives a value for every default indicator', () => {
    expect(unitFigures(facts()).map((c) => c.code)).toEqual([...unitIndicatorCodes]);
    expect(unitIndicatorDefaults.indicators.map((i) => i.code)).toEqual([...unitIndicatorCodes]);
    expect(unitIndicatorDefaults.indicators.reduce((s, i) => s + i.maxScore, 0)).toBe(100);
  });

  it('counts each figure as the indicator describes it', () => {
    const f = byCode(facts());
    expect(f['archive-completeness']).toEqual({ code: 'archive-completeness', value: 1 / 3, numerator: 1, denominator: 3 });
    expect(f['archive-freshness']).toEqual({ code: 'archive-freshness', value: 0.5, numerator: 2, denominator: 4 });
    expect(f['revisit-coverage-vip']).toMatchObject({ numerator: 2, denominator: 3 });
    expect(f['revisit-coverage-key']).toMatchObject({ value: 1, numerator: 4, denominator: 4 });
    expect(f['revisit-coverage-general']).toMatchObject({ value: 0.7 });
    expect(f['service-overdue']).toMatchObject({ numerator: 2, denominator: 3 });
    expect(f['reception-on-time']).toMatchObject({ numerator: 1, denominator: 3 });
    expect(f['revisit-report-on-time']).toEqual({ code: 'revisit-report-on-time', value: 2 });
  });

  it('names what an important archive lacks', () => {
    expect(archiveGaps(customers[0]!)).toEqual([]);
    expect(archiveGaps(customers[1]!)).toEqual(['licenceFile']);
    expect(archiveGaps(customers[2]!)).toEqual(['contactPhone']);
    expect(archiveGaps(customers[3]!)).toEqual(['legalRepresentative', 'registeredAddress', 'contactPhone', 'licenceFile']);
  });

  it('counts a missing report’s days late to today, and gives no value before it is due', () => {
    const { revisitReportFirstSubmittedAt: _, ...unsubmitted } = facts();
    expect(byCode(unsubmitted)['revisit-report-on-time']!.value).toBe(5); // 4 days 10 hours past the due date
    expect(byCode({ ...unsubmitted, asOf: new Date('2026-10-10T02:00:00.000Z') })['revisit-report-on-time']!.value).toBeNull();
    expect(byCode(facts({ revisitReportFirstSubmittedAt: '2026-10-15T15:59:00.000Z' }))['revisit-report-on-time']!.value).toBe(0);
  });

  it('has nothing to measure where nothing is owed (null, not 100%)', () => {
    const f = byCode(facts({ customers: [], coverage: [], requests: [], receptionSteps: [] }));
    for (const code of ['archive-completeness', 'archive-freshness', 'revisit-coverage-vip', 'service-overdue', 'reception-on-time']) expect(f[code]!.value, code).toBeNull();
  });

  it('judges freshness at the quarter’s end, not today', () => {
    // Verified 2025-09-20: stale only from 2026-09-21, inside the quarter; a quarter ago it was fresh.
    const late = [{ id: 'F', tier: 'general' as const, createdAt: '2025-01-01T00:00:00.000Z', lastVerifiedAt: '2025-09-20T02:00:00.000Z', contacts: [] }];
    expect(byCode(facts({ customers: late }))['archive-freshness']!.value).toBe(0);
    expect(byCode(facts({ customers: late, quarter: parsePeriodId('2026-Q2')! }))['archive-freshness']!.value).toBe(1);
  });
});
