import * as z from 'zod';
import type { UnitLabel } from '../units';
import { unitCodeSchema } from './unit-code.schema';
import { tiers } from '../customer-options';
import { requestKinds } from '../service/request-options';
import { lazySchema } from '../lazy-schema';

/** `GET /home?unitId=`: those who see the company may look at one unit instead (unit users always see their own). */
export const homeQuerySchema = lazySchema(() => z.strictObject({ unitId: unitCodeSchema.optional() }));

const count = lazySchema(() => z.number().int().nonnegative());
const tierCounts = lazySchema(() => z.object(Object.fromEntries(tiers.map((t) => [t, count])) as Record<(typeof tiers)[number], typeof count>));
const kindCounts = lazySchema(() => z.object(Object.fromEntries(requestKinds.map((k) => [k, count])) as Record<(typeof requestKinds)[number], typeof count>));

/**
 * The 工作台's figures for one scope (a unit, or the company), as the nightly `home-summaries` job last
 * computed them (docs/data-model.md "Home figures"): read with one GetItem, never from the customers.
 */
export const homeFiguresSchema = lazySchema(() => z.object({
  /** `company`, or a unit's code. */
  scope: z.string(),
  computedAt: z.iso.datetime(),
  /** Live customers by tier. */
  tiers: tierCounts,
  /** Tier changes since `since` (30 days before the run), up (towards VIP) and down, and each from → to pair. */
  moves: z.object({
    since: z.iso.date(),
    up: count,
    down: count,
    pairs: z.array(z.object({ from: z.enum(tiers), to: z.enum(tiers), count })),
  }),
  /** VIP and key customers' revisit obligations of the running quarter against the policy's 100% (R6). */
  revisitCoverage: z.object({
    periodId: z.string(),
    target: z.number(),
    vip: z.object({ obligations: count, met: count }),
    key: z.object({ obligations: count, met: count }),
  }),
  /** Service requests of the scope's customers still open, those past their promised date, and open ones by kind. */
  service: z.object({ open: count, overdue: count, byKind: kindCounts }),
  /** Archive freshness (R2): live customers, stale ones, and never verified since creation. */
  freshness: z.object({ total: count, stale: count, neverVerified: count }),
  /** Net order amount per Shanghai month, the last 12 months including this one. */
  monthly: z.array(z.object({ month: z.string(), amountFen: z.number().int() })),
}));
export type HomeFigures = z.infer<typeof homeFiguresSchema>;
export type HomeScope = HomeFigures['scope'];

/**
 * A person's revisits due soon and overdue in the running quarter and their stale archives (their customers), as of the
 * same run: both need every one of the person's customers read, which a 工作台 request may not do (bench/home.bench.ts).
 */
export const ownerRevisitsSchema = lazySchema(() => z.object({
  ownerId: z.string(),
  computedAt: z.iso.datetime(),
  periodId: z.string(),
  dueSoon: count,
  overdue: count,
  /** Live customers they own whose archive is stale; absent in items written before it was counted. */
  staleArchives: count.default(0),
}));
export type OwnerRevisits = z.infer<typeof ownerRevisitsSchema>;

export const todoKinds = [
  'revisits-overdue',
  'revisits-due',
  'service-overdue',
  'service-open',
  'opinions-open',
  'reception-steps',
  'approvals-visits',
  'approvals-temporary-plans',
  'approvals-policies',
  'approvals-reports',
  'stale-archives',
  'unmatched-orders',
  'overdue-receivables',
  'finance-requests',
  'unread-notices',
] as const;
export type TodoKind = (typeof todoKinds)[number];

export interface Todo {
  kind: TodoKind;
  count: number;
  /** The SPA path of the list already filtered to these items. */
  link: string;
}

export interface HomeView {
  todos: Todo[];
  /** null until the nightly job has run once. */
  figures: HomeFigures | null;
  /** Scopes the caller may switch to (the company and each active unit), or only their own. */
  scopes: HomeScope[];
  /** Names of the units among `scopes`. */
  units: UnitLabel[];
}
