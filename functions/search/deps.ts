import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerFinder } from '#core/repositories/customer-finder.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { VisitRepository } from '#core/repositories/visit.repository';

/** What the header search reads (reads only), created once per container. Tests build their own. */
export interface SearchDeps {
  customers: CustomerRepository;
  finder: CustomerFinder;
  requests: ServiceRequestRepository;
  visits: VisitRepository;
  /** The business units as records: "every unit" for callers who see the company. */
  units: UnitRepository;
  /** The archive's staleness period (R2), for the stale flag of each customer found. */
  archiveSettings: ArchiveSettingsRepository;
  now: () => Date;
}

export function searchDeps(client = documentClient, tableName = env.tableName): SearchDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    finder: new CustomerFinder(client, tableName),
    requests: new ServiceRequestRepository(client, tableName),
    visits: new VisitRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    archiveSettings: new ArchiveSettingsRepository(client, tableName),
    now: () => new Date(),
  };
}
