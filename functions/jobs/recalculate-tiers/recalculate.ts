import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { planRetier, type MonthTotal } from '#shared/retier-plan';
import { customerSchema } from '#shared/schemas/customer.schema';
import type { TierSettings } from '#shared/schemas/tier-settings.schema';
import { DomainError } from '#core/errors';
import { withoutKeys } from '#core/keys';
import { policyReview } from '../../tiers/policy-review';
import { retierRecords } from '../../tiers/tier-change-records';
import type { TierDeps } from '../../tiers/deps';
import { retierCustomer } from '../../tiers/use-cases/retier-customer';
import { CheckpointRepository, type Checkpoint } from './checkpoint.repository';
import { customerGroups } from './customer-groups';

export const jobName = 'recalculate-tiers';

export interface RecalculateOptions {
  runId: string;
  totalSegments?: number;
  pageSize?: number;
  /** Stop (resumably) when this says time is short, e.g. Lambda's remaining time. */
  shouldStop?: () => boolean;
}

export interface RecalculateSummary {
  runId: string;
  complete: boolean;
  scanned: number;
  changed: number;
}

/**
 * The nightly re-tiering (R3): every customer's annual amount from its monthly totals, then its tier.
 * 1. loads or starts the run's checkpoint (its clock is fixed at the first start);
 * 2. reads each scan segment (in parallel) customer by customer, planning each with the shared rules;
 * 3. writes only changes — customer, tier history and owner's notice in one transaction;
 * 4. saves the checkpoint after each page, so a failed or stopped run resumes where it stopped
 *    and a rerun of the same night changes nothing.
 */
export async function recalculateTiers(
  deps: TierDeps & { client: DynamoDBDocumentClient; tableName: string },
  options: RecalculateOptions,
): Promise<RecalculateSummary> {
  const checkpoints = new CheckpointRepository(deps.client, deps.tableName, jobName);
  const total = options.totalSegments ?? 4;
  const checkpoint: Checkpoint = (await checkpoints.load(options.runId)) ?? {
    runId: options.runId,
    startedAt: deps.now().toISOString(),
    totalSegments: total,
    segments: Array.from({ length: total }, () => ({ done: false, scanned: 0, changed: 0 })),
  };
  const now = new Date(checkpoint.startedAt);
  const { settings } = await deps.settings.get();
  let saving = Promise.resolve();
  const save = () => (saving = saving.then(() => checkpoints.save(checkpoint)));

  await Promise.all(
    checkpoint.segments.map(async (progress, index) => {
      if (progress.done) return;
      const pages = customerGroups(deps.client, deps.tableName, {
        index,
        total: checkpoint.totalSegments,
        startAfter: progress.lastKey,
        pageSize: options.pageSize ?? 500,
      });
      for await (const page of pages) {
        for (const group of page.groups) {
          progress.scanned++;
          if (await retierGroup(deps, group, settings, now, checkpoint.runId)) progress.changed++;
        }
        if (page.resumeKey) progress.lastKey = page.resumeKey;
        progress.done = page.done;
        await save();
        if (options.shouldStop?.()) return;
      }
    }),
  );
  const complete = checkpoint.segments.every((s) => s.done);
  if (complete && !checkpoint.completedAt) {
    checkpoint.completedAt = deps.now().toISOString();
    await save();
  }
  await saving;
  return {
    runId: checkpoint.runId,
    complete,
    scanned: checkpoint.segments.reduce((n, s) => n + s.scanned, 0),
    changed: checkpoint.segments.reduce((n, s) => n + s.changed, 0),
  };
}

/** Re-tiers one customer from its scanned items; true when something was written. */
async function retierGroup(deps: TierDeps, group: Record<string, unknown>[], settings: TierSettings, now: Date, runId: string): Promise<boolean> {
  const profile = group.find((i) => i.SK === 'PROFILE');
  if (!profile) return false;
  const customer = customerSchema.parse(withoutKeys(profile));
  const months: MonthTotal[] = group
    .filter((i) => String(i.SK).startsWith('MONTH#'))
    .map((i) => ({ month: String(i.month), amountFen: Number(i.amountFen) }));
  const plan = planRetier(customer, months, settings, now);
  if (!plan.changed) return false;
  const meta = { source: 'nightly' as const, by: 'system', at: now.toISOString(), runId };
  const { after, entry, notice } = retierRecords(customer, plan, meta);
  const review = await policyReview(deps.policies, after, plan.tierChange, meta);
  try {
    await deps.tiers.saveRetier(customer, after, entry, [...(notice ? [notice] : []), ...review.notices], review.items);
  } catch (error) {
    // Someone changed the customer since the scan read it: re-tier it from a fresh read instead.
    if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw error;
    await retierCustomer({ ...deps, now: () => now }, customer.id, { source: 'nightly', by: 'system', runId });
  }
  return true;
}
