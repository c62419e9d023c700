import { isStale } from '../archive-freshness';
import { pastPromised } from '../reports/service-quality';
import type { Period } from '../revisits/periods';
import type { ComputedValue } from '../schemas/assessment.schema';
import type { Tier } from '../schemas/customer.schema';
import { shanghaiDate } from '../shanghai-time';
import type { UnitIndicatorCode } from './unit-indicators';

/** The quarterly revisit evaluation report (R6) is due this many days after its quarter ends. */
export const revisitReportDueDays = 15;
const dayMs = 86_400_000;

/** A unit's customer as the archive indicators read it. */
export interface ArchiveFact {
  id: string;
  tier: Tier;
  createdAt: string;
  lastVerifiedAt?: string;
  legalRepresentative?: string;
  registeredAddress?: string;
  contacts: readonly { name: string; phone?: string }[];
  /** A stored business-licence file (R2 attachment files); read for VIP and key customers only. */
  hasLicenceFile?: boolean;
}

/** What a business unit's quarter holds, read from the records the system keeps (functions/assessments/unit-facts.ts). */
export interface UnitQuarterFacts {
  quarter: Period;
  /** When the figures are taken: now while the quarter runs or its report is not yet due, else now too (values only grow late). */
  asOf: Date;
  customers: readonly ArchiveFact[];
  /** The archive staleness period in force (R2, an admin setting). */
  stalePeriodMonths: number;
  /** Revisit obligations of the periods ending in the quarter (quarter, its months, a half-year ending with it), by tier (revisit coverage). */
  coverage: readonly { tier: Tier; obligations: number; met: number }[];
  /** The unit's customers' service requests (R7) with a promised date. */
  requests: readonly { status: string; expectedDate?: string; closedAt?: string }[];
  /** The reception steps (R5) of the visits the unit hosts arriving in the quarter, cancelled and rejected ones left out. */
  receptionSteps: readonly { dueAt: string; status: string; doneAt?: string }[];
  /** When the quarter's revisit evaluation report was first submitted, if it was. */
  revisitReportFirstSubmittedAt?: string;
}

/** The required parts of an important customer's archive (第十五、十六条) still missing; empty when complete. */
export function archiveGaps(c: ArchiveFact): ('legalRepresentative' | 'registeredAddress' | 'contactPhone' | 'licenceFile')[] {
  return [
    ...(c.legalRepresentative?.trim() ? [] : (['legalRepresentative'] as const)),
    ...(c.registeredAddress?.trim() ? [] : (['registeredAddress'] as const)),
    ...(c.contacts.some((k) => k.name.trim() && k.phone) ? [] : (['contactPhone'] as const)),
    ...(c.hasLicenceFile ? [] : (['licenceFile'] as const)),
  ];
}

const share = (code: UnitIndicatorCode, numerator: number, denominator: number): ComputedValue => ({
  code,
  value: denominator ? numerator / denominator : null,
  numerator,
  denominator,
});

/** The last instant of the quarter, or now while it runs. */
const judgedAt = (quarter: Period, asOf: Date) => new Date(Math.min(asOf.getTime(), Date.parse(quarter.end) - 1));

/**
 * The figures the system computes for a business unit's quarter, one per code of shared/assessments/unit-indicators.ts:
 * - archive-completeness: VIP and key customers with no archive gap / VIP and key customers;
 * - archive-freshness: customers not stale at the quarter's end (or now) / customers;
 * - revisit-coverage-<tier>: obligations met / owed, summed over the periods ending in the quarter;
 * - service-overdue: requests promised within the quarter that were past their date (closed after it, or still
 *   open after it as of now — the service-quality report's rule) / requests promised within the quarter;
 * - reception-on-time: steps done by their due time / steps done or past due, of the quarter's visits;
 * - revisit-report-on-time: days the first submission came after the due date (0 on time); while not submitted,
 *   the days past the due date so far, or null before it.
 */
export function unitFigures(f: UnitQuarterFacts): ComputedValue[] {
  const important = f.customers.filter((c) => c.tier === 'vip' || c.tier === 'key');
  const at = judgedAt(f.quarter, f.asOf);
  const fresh = f.customers.filter((c) => c.createdAt <= at.toISOString() && !isStale(c, at, f.stalePeriodMonths));
  const counted = f.customers.filter((c) => c.createdAt <= at.toISOString());
  const tier = (t: Tier) => f.coverage.filter((c) => c.tier === t).reduce((s, c) => ({ met: s.met + c.met, owed: s.owed + c.obligations }), { met: 0, owed: 0 });
  const [vip, key, general] = [tier('vip'), tier('key'), tier('general')];

  const firstDay = shanghaiDate(f.quarter.start);
  const lastDay = shanghaiDate(new Date(Date.parse(f.quarter.end) - 1));
  const promised = f.requests.filter((r) => r.expectedDate && r.expectedDate >= firstDay && r.expectedDate <= lastDay);
  const today = shanghaiDate(f.asOf);
  const late = promised.filter((r) => pastPromised({ status: r.status, expectedDate: r.expectedDate!, ...(r.closedAt ? { closedAt: r.closedAt } : {}) }, today));

  const now = f.asOf.toISOString();
  const dueSteps = f.receptionSteps.filter((s) => s.status === 'done' || s.dueAt <= now);
  const onTime = dueSteps.filter((s) => s.status === 'done' && s.doneAt && s.doneAt <= s.dueAt);

  const reportDue = Date.parse(f.quarter.end) + revisitReportDueDays * dayMs;
  const submitted = f.revisitReportFirstSubmittedAt ? Date.parse(f.revisitReportFirstSubmittedAt) : undefined;
  const lateDays = (until: number) => Math.max(0, Math.ceil((until - reportDue) / dayMs));
  const reportLate = submitted !== undefined ? lateDays(submitted) : f.asOf.getTime() > reportDue ? lateDays(f.asOf.getTime()) : null;

  return [
    share('archive-completeness', important.filter((c) => archiveGaps(c).length === 0).length, important.length),
    share('archive-freshness', fresh.length, counted.length),
    share('revisit-coverage-vip', vip.met, vip.owed),
    share('revisit-coverage-key', key.met, key.owed),
    share('revisit-coverage-general', general.met, general.owed),
    share('service-overdue', late.length, promised.length),
    share('reception-on-time', onTime.length, dueSteps.length),
    { code: 'revisit-report-on-time', value: reportLate },
  ];
}
