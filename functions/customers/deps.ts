import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { AccessLogRepository } from '#core/repositories/access-log.repository';
import { CustomerFinder } from '#core/repositories/customer-finder.repository';
import { CustomerHistoryRepository } from '#core/repositories/customer-history.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TierSettingsRepository } from '#core/repositories/tier-settings.repository';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

/** What the customer use cases need, created once per container. Tests build their own. */
export interface CustomerDeps {
  customers: CustomerRepository;
  /** Lists and searches (reads only). */
  finder: CustomerFinder;
  staff: StaffRepository;
  history: CustomerHistoryRepository;
  accessLog: AccessLogRepository;
  inbox: InboxRepository;
  /** The credit grades a customer may hold are part of the tier settings. */
  tierSettings: TierSettingsRepository;
  /** The business units (业务单位) as records: placement checks them, lists read all of them. */
  units: UnitRepository;
  /** The staleness period of the stale flag and filter (R2). */
  archiveSettings: ArchiveSettingsRepository;
  now: () => Date;
  newId: () => string;
}

export function customerDeps(client = documentClient, tableName = env.tableName): CustomerDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    finder: new CustomerFinder(client, tableName),
    staff: new StaffRepository(client, tableName),
    history: new CustomerHistoryRepository(client, tableName),
    accessLog: new AccessLogRepository(client, tableName),
    inbox: new InboxRepository(client, tableName),
    tierSettings: new TierSettingsRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    archiveSettings: new ArchiveSettingsRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
