import { isStale } from '../archive-freshness';
import type { HomeFigures, HomeScope } from '../schemas/home.schema';
import type { Tier } from '../schemas/customer.schema';
import type { ServiceRequest } from '../schemas/service-request.schema';
import { requestKinds, type RequestKind } from '../service/request-options';
import { isOverdue } from '../service/request-state';
import { monthMinus, monthsBetween, shanghaiDate, shanghaiMonth } from '../shanghai-time';
import { tierOrder } from '../tiers';

/** How far back the 工作台 counts tier moves. */
export const homeMoveDays = 30;

/** 'up' towards VIP, 'down' towards reserve. */
export function tierDirection(from: Tier, to: Tier): 'up' | 'down' | 'same' {
  const d = tierOrder.indexOf(from) - tierOrder.indexOf(to);
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
}

export interface FiguresContext {
  computedAt: string;
  /** First Shanghai day whose tier changes count as moves. */
  since: string;
  /** The 12 months shown, oldest first. */
  months: string[];
  periodId: string;
  today: string;
  now: Date;
}

export function figuresContext(now: Date, periodId: string): FiguresContext {
  const to = shanghaiMonth(now);
  return {
    computedAt: now.toISOString(),
    since: shanghaiDate(new Date(now.getTime() - homeMoveDays * 86_400_000)),
    months: monthsBetween(monthMinus(to, 11), to),
    periodId,
    today: shanghaiDate(now),
    now,
  };
}

function emptyFigures(scope: HomeScope, ctx: FiguresContext): HomeFigures {
  const zeroTiers = Object.fromEntries(tierOrder.map((t) => [t, 0])) as Record<Tier, number>;
  return {
    scope,
    computedAt: ctx.computedAt,
    tiers: zeroTiers,
    moves: { since: ctx.since, up: 0, down: 0, pairs: [] },
    revisitCoverage: { periodId: ctx.periodId, target: 1, vip: { obligations: 0, met: 0 }, key: { obligations: 0, met: 0 } },
    service: { open: 0, overdue: 0, byKind: Object.fromEntries(requestKinds.map((k) => [k, 0])) as Record<RequestKind, number> },
    freshness: { total: 0, stale: 0, neverVerified: 0 },
    monthly: ctx.months.map((month) => ({ month, amountFen: 0 })),
  };
}

/**
 * Figures per unit and for the company, built fact by fact as the nightly job reads them: each fact counts
 * in its unit and in the company, so the company's figures are always the sum of the units'.
 */
export class HomeFiguresBuilder {
  private readonly byScope = new Map<HomeScope, HomeFigures>();

  constructor(
    private readonly ctx: FiguresContext,
    units: readonly string[],
    private readonly staleMonths: number,
  ) {
    for (const scope of ['company' as const, ...units]) this.byScope.set(scope, emptyFigures(scope, ctx));
  }

  private each(unitId: string, f: (fig: HomeFigures) => void) {
    f(this.byScope.get('company')!);
    const unit = this.byScope.get(unitId);
    if (unit) f(unit);
  }

  /** A live customer: its tier and its archive's freshness. */
  customer(c: { unitId: string; tier: Tier; createdAt: string; lastVerifiedAt?: string }) {
    const stale = isStale(c, this.ctx.now, this.staleMonths);
    this.each(c.unitId, (f) => {
      f.tiers[c.tier]++;
      f.freshness.total++;
      if (stale) f.freshness.stale++;
      if (!c.lastVerifiedAt) f.freshness.neverVerified++;
    });
  }

  /** A change of a live customer's tier; counted when it happened on or after `since`. */
  tierChange(unitId: string, e: { at: string; fromTier: Tier; toTier: Tier }) {
    const direction = tierDirection(e.fromTier, e.toTier);
    if (direction === 'same' || shanghaiDate(e.at) < this.ctx.since) return;
    this.each(unitId, (f) => {
      f.moves[direction]++;
      const pair = f.moves.pairs.find((p) => p.from === e.fromTier && p.to === e.toTier);
      if (pair) pair.count++;
      else f.moves.pairs.push({ from: e.fromTier, to: e.toTier, count: 1 });
    });
  }

  /** A live customer's net order total of a month; months outside the 12 shown are ignored. */
  monthTotal(unitId: string, month: string, amountFen: number) {
    const i = this.ctx.months.indexOf(month);
    if (i < 0) return;
    this.each(unitId, (f) => (f.monthly[i]!.amountFen += amountFen));
  }

  /** A service request; only open ones count. */
  serviceRequest(r: { unitId: string; kind: RequestKind; status: ServiceRequest['status']; expectedDate?: string }) {
    if (r.status === 'closed') return;
    const overdue = isOverdue(r, this.ctx.today);
    this.each(r.unitId, (f) => {
      f.service.open++;
      f.service.byKind[r.kind]++;
      if (overdue) f.service.overdue++;
    });
  }

  /** One unit's VIP or key obligations of the running quarter and how many were met. */
  coverage(unitId: string, tier: Tier, obligations: number, met: number) {
    if (tier !== 'vip' && tier !== 'key') return;
    this.each(unitId, (f) => {
      f.revisitCoverage[tier].obligations += obligations;
      f.revisitCoverage[tier].met += met;
    });
  }

  figures(): HomeFigures[] {
    return [...this.byScope.values()].map((f) => ({
      ...f,
      moves: { ...f.moves, pairs: [...f.moves.pairs].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to)) },
    }));
  }
}

/** Share 0–1 of met obligations; 1 when nothing is owed (as coverage counts it). */
export function coverageShare(c: { obligations: number; met: number }): number {
  return c.obligations ? c.met / c.obligations : 1;
}
