import type { RequestKind, ServiceEvent } from '../schemas/service-request.schema';
import { shanghaiDate, shanghaiMonth } from '../shanghai-time';

export interface QualityRequest {
  id: string;
  kind: RequestKind;
  status: 'received' | 'in-progress' | 'closed';
  /** The department holding it now (or that closed it). */
  department: string;
  createdAt: string;
  closedAt?: string;
  expectedDate?: string;
  satisfaction?: number;
  events: Pick<ServiceEvent, 'at' | 'action'>[];
  /** Ratings customers gave this request when a revisit followed it up (R6 content ②). */
  revisitRatings: number[];
}

export interface QualityRow {
  department: string;
  /** 'YYYY-MM' of receipt (Asia/Shanghai), or 'total'. */
  month: string;
  requests: number;
  complaints: number;
  /** Mean hours from receipt to the first step taken on it; null when none was taken yet. */
  firstResponseHours: number | null;
  /** Mean hours from receipt to closing, over the closed ones. */
  resolutionHours: number | null;
  closed: number;
  /** Of those given a promised date: closed after it, or still open past it. */
  promised: number;
  pastPromised: number;
  pastPromisedShare: number | null;
  transfers: number;
  transfersPerRequest: number;
  /** Mean rating at resolution (1–5), and from revisits that followed the request up. */
  satisfaction: number | null;
  revisitRating: number | null;
  revisitRatings: number;
}

/**
 * Whether a request with a promised date went past it: closed on a later day, or still open after it
 * (`today`, a Shanghai date). The unit scorecards (shared/assessments/unit-figures.ts) count by the same rule.
 */
export function pastPromised(r: { status: string; expectedDate: string; closedAt?: string }, today: string): boolean {
  return r.status === 'closed' && r.closedAt ? shanghaiDate(r.closedAt) > r.expectedDate : r.expectedDate < today;
}

/** Steps that answer a request; the system's own marks (overdue, forwarding a complaint) are not a response. */
const responses = new Set<ServiceEvent['action']>(['resolve', 'pend', 'transfer', 'reschedule', 'record-money']);
const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** One row of figures over `rs`, labelled `department` and `month`; `today` (Shanghai) judges open requests past their date. */
export function qualityRow(department: string, month: string, rs: readonly QualityRequest[], today: string): QualityRow {
  const firsts = rs.flatMap((r) => {
    const first = r.events.filter((e) => responses.has(e.action)).sort((a, b) => a.at.localeCompare(b.at))[0];
    return first ? [hours(r.createdAt, first.at)] : [];
  });
  const closed = rs.filter((r) => r.status === 'closed' && r.closedAt);
  const promised = rs.filter((r) => r.expectedDate);
  const past = promised.filter((r) => pastPromised({ ...r, expectedDate: r.expectedDate! }, today));
  const transfers = rs.reduce((n, r) => n + r.events.filter((e) => e.action === 'transfer').length, 0);
  const ratings = rs.flatMap((r) => r.revisitRatings);
  return {
    department,
    month,
    requests: rs.length,
    complaints: rs.filter((r) => r.kind === 'complaint').length,
    firstResponseHours: mean(firsts),
    resolutionHours: mean(closed.map((r) => hours(r.createdAt, r.closedAt!))),
    closed: closed.length,
    promised: promised.length,
    pastPromised: past.length,
    pastPromisedShare: promised.length ? past.length / promised.length : null,
    transfers,
    transfersPerRequest: rs.length ? transfers / rs.length : 0,
    satisfaction: mean(rs.flatMap((r) => (r.satisfaction !== undefined ? [r.satisfaction] : []))),
    revisitRating: mean(ratings),
    revisitRatings: ratings.length,
  };
}

/**
 * Service quality by department and month (第六条〔七〕: the General Office assesses every department's
 * service; R8): per department and month of receipt, then a total per department, departments in name order.
 */
export function serviceQuality(requests: readonly QualityRequest[], now: Date): { rows: QualityRow[]; totals: QualityRow[] } {
  const today = shanghaiDate(now);
  const groups = new Map<string, QualityRequest[]>();
  const departments = new Map<string, QualityRequest[]>();
  for (const r of requests) {
    const key = `${r.department}|${shanghaiMonth(r.createdAt)}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
    departments.set(r.department, [...(departments.get(r.department) ?? []), r]);
  }
  return {
    rows: [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, rs]) => {
        const [department, month] = key.split('|') as [string, string];
        return qualityRow(department, month, rs, today);
      }),
    totals: [...departments.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([d, rs]) => qualityRow(d, 'total', rs, today)),
  };
}
