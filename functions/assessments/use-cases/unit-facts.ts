import type { ArchiveFact, UnitQuarterFacts } from '#shared/assessments/unit-figures';
import { periodOf, type Period, type PeriodKind } from '#shared/revisits/periods';
import { shanghaiDate } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import { revisitCoverage } from '../../revisits/use-cases/revisit-coverage';
import type { UnitAssessmentDeps } from '../unit-deps';

/**
 * Coverage is read as Sales reads it for one unit: a caller who sees every unit, narrowed by `unitId`. The
 * engine has already checked the real caller may read this unit's scorecard.
 */
const coverageReader: Principal = { id: 'assessment', name: 'assessment', role: 'sales-head' };

/** The periods whose obligations fall due within the quarter: its months, itself, and a half-year ending with it. */
export function periodsEndingIn(quarter: Period, now: Date): { kind: PeriodKind; period: Period }[] {
  const months = [0, 1, 2]
    .map((i) => periodOf('month', new Date(Date.parse(quarter.start) + i * 31 * 86_400_000 + 3_600_000)))
    .filter((m) => Date.parse(m.start) <= now.getTime());
  const half = periodOf('half-year', quarter.start);
  return [
    ...months.map((period) => ({ kind: 'month' as const, period })),
    { kind: 'quarter' as const, period: quarter },
    ...(half.end === quarter.end ? [{ kind: 'half-year' as const, period: half }] : []),
  ];
}

/**
 * What a unit's quarter holds, for shared/assessments/unit-figures.ts:
 * 1. the unit's live customers (unit index, page by page) and the archive staleness period;
 * 2. for each VIP and key customer, its attachments (its partition, `ATTACH#`): a stored business licence;
 * 3. revisit coverage by tier for each period ending in the quarter — the coverage report itself
 *    (functions/revisits/use-cases/revisit-coverage.ts), each period judged as that report judges it;
 * 4. each customer's service requests (the by-customer index), for those promised within the quarter;
 * 5. the visits the unit hosted arriving in the quarter (the unit's visit calendar), their reception steps;
 * 6. the quarter's revisit evaluation report (one GetItem), for its first submission.
 */
export async function unitQuarterFacts(deps: UnitAssessmentDeps, unitId: string, quarter: Period): Promise<UnitQuarterFacts> {
  const asOf = deps.now();
  const [customers, stalePeriodMonths, report, visits] = await Promise.all([
    deps.revisits.customers.all(keys.customerPartitions.unit(unitId)),
    deps.archiveSettings.stalePeriodMonths(),
    deps.revisitReports.get(unitId, quarter.id),
    deps.visits.calendar({ from: quarter.start, to: quarter.end, unitId }),
  ]);

  const archive: ArchiveFact[] = [];
  const requests: UnitQuarterFacts['requests'][number][] = [];
  await forEachLimited(customers, 8, async (c) => {
    const important = c.tier === 'vip' || c.tier === 'key';
    const files = important ? await deps.attachments.list(c.id) : [];
    archive.push({
      id: c.id,
      tier: c.tier,
      createdAt: c.createdAt,
      ...(c.lastVerifiedAt ? { lastVerifiedAt: c.lastVerifiedAt } : {}),
      ...(c.legalRepresentative ? { legalRepresentative: c.legalRepresentative } : {}),
      ...(c.registeredAddress ? { registeredAddress: c.registeredAddress } : {}),
      contacts: c.contacts,
      ...(important ? { hasLicenceFile: files.some((f) => f.category === 'business-licence' && f.status === 'stored') } : {}),
    });
    requests.push(...(await customerRequests(deps, c.id)));
  });

  const coverage: UnitQuarterFacts['coverage'][number][] = [];
  for (const { kind, period } of periodsEndingIn(quarter, asOf)) {
    const at = shanghaiDate(new Date(Math.min(asOf.getTime(), Date.parse(period.end) - 1)));
    const report = await revisitCoverage(deps.revisits, { period: kind, at, unitId }, coverageReader);
    coverage.push(...report.byTier.map((t) => ({ tier: t.tier, obligations: t.obligations, met: t.met })));
  }

  const receptionSteps = visits.items
    .filter((v) => v.arrivalAt >= quarter.start && v.arrivalAt < quarter.end && v.status !== 'cancelled' && v.status !== 'rejected')
    .flatMap((v) => v.steps.map((s) => ({ dueAt: s.dueAt, status: s.status, ...(s.doneAt ? { doneAt: s.doneAt } : {}) })));

  const firstSubmission = report.submissions[0]?.at;
  return {
    quarter,
    asOf,
    customers: archive,
    stalePeriodMonths,
    coverage,
    requests,
    receptionSteps,
    ...(firstSubmission ? { revisitReportFirstSubmittedAt: firstSubmission } : {}),
  };
}

/** A customer's service requests with a promised date (its index, GSI5). */
async function customerRequests(deps: UnitAssessmentDeps, customerId: string): Promise<UnitQuarterFacts['requests'][number][]> {
  const out: UnitQuarterFacts['requests'][number][] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.requests.list(keys.serviceRequestPartitions.customer(customerId), undefined, { limit: 100, ...(cursor ? { cursor } : {}) });
    for (const r of page.items) {
      if (r.expectedDate) out.push({ status: r.status, expectedDate: r.expectedDate, ...(r.closedAt ? { closedAt: r.closedAt } : {}) });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return out;
}
