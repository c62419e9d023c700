import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TierRepository } from '#core/repositories/tier.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

export interface ReportDeps {
  customers: CustomerRepository;
  tiers: TierRepository;
  requests: ServiceRequestRepository;
  revisits: RevisitRepository;
  staff: StaffRepository;
  units: UnitRepository;
  archiveSettings: ArchiveSettingsRepository;
  now: () => Date;
}

export function reportDeps(client = documentClient, tableName = env.tableName): ReportDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    requests: new ServiceRequestRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    archiveSettings: new ArchiveSettingsRepository(client, tableName),
    now: () => new Date(),
  };
}
