import type { Tier } from '#shared/schemas/customer.schema';
import type { CoverageRow } from '../../api/revisits.api';

/** A share 0–1 as a whole percent for people (0.666… → 67); nothing owed counts as 100. */
export const percent = (share: number) => Math.round(share * 1000) / 10;

export const percentText = (share: number) => `${percent(share)}%`;

/** Whether a share meets its target (1 = the 100% R6 demands of VIP and key); no target is no verdict. */
export function verdict(share: number, target: number | undefined): 'at-target' | 'below-target' | 'none' {
  if (target === undefined) return 'none';
  return share + 1e-9 >= target ? 'at-target' : 'below-target';
}

export interface ShareBar {
  label: string;
  /** Percent met, 0–100. */
  value: number;
  met: number;
  obligations: number;
  /** Percent, when a target is set. */
  target?: number;
}

/** One bar per tier with obligations, in tier order (VIP first). */
export function tierBars(byTier: { tier: Tier; obligations: number; met: number; share: number; target?: number }[], tierLabel: (t: Tier) => string): ShareBar[] {
  return byTier.map((t) => ({
    label: tierLabel(t.tier),
    value: percent(t.share),
    met: t.met,
    obligations: t.obligations,
    ...(t.target !== undefined ? { target: percent(t.target) } : {}),
  }));
}

/**
 * One bar per unit: the share of the important customers' (VIP and key) obligations met, which R6 wants
 * at 100%. Units with no such obligation are left out.
 */
export function importantUnitBars(rows: CoverageRow[], unitLabel: (u: string) => string): ShareBar[] {
  const units = [...new Set(rows.map((r) => r.unitId))];
  return units
    .map((unitId) => {
      const important = rows.filter((r) => r.unitId === unitId && (r.tier === 'vip' || r.tier === 'key'));
      const obligations = important.reduce((n, r) => n + r.obligations, 0);
      const met = important.reduce((n, r) => n + r.met, 0);
      return { label: unitLabel(unitId), value: percent(obligations ? met / obligations : 1), met, obligations, target: 100 };
    })
    .filter((b) => b.obligations > 0);
}
