import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TierRepository } from '#core/repositories/tier.repository';

export interface ReportDeps {
  customers: CustomerRepository;
  tiers: TierRepository;
  requests: ServiceRequestRepository;
  revisits: RevisitRepository;
  staff: StaffRepository;
  now: () => Date;
}

export function reportDeps(client = documentClient, tableName = env.tableName): ReportDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    requests: new ServiceRequestRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
  };
}
