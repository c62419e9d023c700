import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { isStale, shanghaiIsoWeek } from '#shared/archive-freshness';
import { translate } from '#shared/messages';
import type { Customer } from '#shared/schemas/customer.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { forEachLimited } from '#core/concurrency';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { ReminderRepository } from './reminder.repository';
import { scanLiveCustomers } from './scan-live-customers';

export interface FreshnessDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  now: () => Date;
  newId: () => string;
}

export interface FreshnessSummary {
  week: string;
  scanned: number;
  stale: number;
  reminded: number;
  /** Stale, but already reminded this week by an earlier run. */
  alreadyReminded: number;
  owners: number;
}

/**
 * The weekly archive-freshness run (R2 及时更新):
 * 1. reads every live customer (segmented Scan, jobs only);
 * 2. picks those not verified within the administrator's period (GET /settings/archive, default 12 months,
 *    read once at the start of the run; Asia/Shanghai dates);
 * 3. reminds each one's owner in the inbox, at most once per customer per week however often it runs.
 */
export async function remindStaleArchives(deps: FreshnessDeps): Promise<FreshnessSummary> {
  const now = deps.now();
  const months = await new ArchiveSettingsRepository(deps.client, deps.tableName).stalePeriodMonths();
  const week = shanghaiIsoWeek(now);
  const reminders = new ReminderRepository(deps.client, deps.tableName);
  const summary: FreshnessSummary = { week, scanned: 0, stale: 0, reminded: 0, alreadyReminded: 0, owners: 0 };
  const owners = new Set<string>();

  await scanLiveCustomers(deps.client, deps.tableName, async (customers) => {
    summary.scanned += customers.length;
    const stale = customers.filter((c) => isStale(c, now, months));
    summary.stale += stale.length;
    await forEachLimited(stale, 8, async (customer) => {
      if (await reminders.remindOnce(customer.id, week, notice(deps, customer, now, months))) {
        summary.reminded++;
        owners.add(customer.ownerId);
      } else {
        summary.alreadyReminded++;
      }
    });
  });
  summary.owners = owners.size;
  return summary;
}

function notice(deps: FreshnessDeps, customer: Customer, now: Date, months: number) {
  const params = { name: customer.name, months: String(months), since: shanghaiDate(customer.lastVerifiedAt ?? customer.createdAt) };
  const both = (code: 'notice.archiveStale.title' | 'notice.archiveStale.body') => ({
    'zh-CN': translate(code, 'zh-CN', params),
    en: translate(code, 'en', params),
  });
  return {
    id: deps.newId(),
    recipientId: customer.ownerId,
    kind: 'archive-stale',
    title: both('notice.archiveStale.title'),
    body: both('notice.archiveStale.body'),
    link: `/customers/${customer.id}`,
    createdAt: now.toISOString(),
  };
}
