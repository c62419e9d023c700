import { figuresContext, HomeFiguresBuilder } from '#shared/home/home-figures';
import type { OwnerRevisits } from '#shared/schemas/home.schema';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { HomeSummaryRepository } from '#core/repositories/home-summary.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import type { RevisitDeps } from '../../revisits/deps';
import { revisitCoverage } from '../../revisits/use-cases/revisit-coverage';
import { scanCustomerFacts } from './scan-customer-facts';

export interface HomeSummaryDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  revisits: RevisitDeps;
  now: () => Date;
}

/** The job reads as the system, with the company's scope. */
const system: Principal = { id: 'system', name: '系统', role: 'admin' };

/**
 * The nightly 工作台 summaries (docs/data-model.md "Home figures"):
 * 1. every customer's profile, monthly totals and tier history (segmented Scan): tiers, freshness, the
 *    last 12 months' amounts and the last 30 days' tier moves, per unit and for the company;
 * 2. the running quarter's revisit coverage, as `GET /revisits/coverage` computes it: VIP and key
 *    obligations met per unit, and each owner's revisits due soon and overdue;
 * 3. every service request (the all-requests index, newest first): open, overdue, open by kind;
 * 4. one item per scope and one per staff member (zeros included, so last night's counts never linger).
 */
export async function buildHomeSummaries(deps: HomeSummaryDeps) {
  const now = deps.now();
  const coverage = await revisitCoverage({ ...deps.revisits, now: () => now }, { period: 'quarter' }, system);
  const ctx = figuresContext(now, coverage.period.id);
  const [units, staleMonths] = await Promise.all([deps.revisits.units.codes(), new ArchiveSettingsRepository(deps.client, deps.tableName).stalePeriodMonths()]);
  const builder = new HomeFiguresBuilder(ctx, units, staleMonths);

  await scanCustomerFacts(deps.client, deps.tableName, builder);
  for (const row of coverage.rows) builder.coverage(row.unitId, row.tier, row.obligations, row.met);

  const requests = new ServiceRequestRepository(deps.client, deps.tableName);
  let cursor: string | undefined;
  do {
    const page = await requests.list(keys.serviceRequestPartitions.all(), undefined, { limit: 100, cursor });
    for (const r of page.items) builder.serviceRequest(r);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const owners = new Map<string, OwnerRevisits>();
  const ownerOf = (ownerId: string) => {
    const o = owners.get(ownerId) ?? { ownerId, computedAt: ctx.computedAt, periodId: coverage.period.id, dueSoon: 0, overdue: 0 };
    owners.set(ownerId, o);
    return o;
  };
  for (const s of await deps.revisits.staff.list()) ownerOf(s.id);
  for (const item of coverage.dueSoon) ownerOf(item.ownerId).dueSoon++;
  for (const item of coverage.overdue) ownerOf(item.ownerId).overdue++;

  const figures = builder.figures();
  await new HomeSummaryRepository(deps.client, deps.tableName).saveAll(figures, [...owners.values()]);
  const company = figures.find((f) => f.scope === 'company')!;
  return { computedAt: ctx.computedAt, customers: company.freshness.total, owners: owners.size };
}
