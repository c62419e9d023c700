import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { AnnualRevisitPlanRepository } from '#core/repositories/annual-revisit-plan.repository';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';

/** What the revisit-plan use cases need, created once per container. Tests build their own. */
export interface RevisitPlanDeps {
  annualPlans: AnnualRevisitPlanRepository;
  temporaryPlans: TemporaryRevisitPlanRepository;
  customers: CustomerBatchRepository;
  revisits: RevisitRepository;
  staff: StaffRepository;
  /** The business units as records: which units there are, and their names in notices. */
  units: UnitRepository;
  /** The reminder timing (`planLeadDays`: a plan's unmet revisit is "due soon" that many days before it ends). */
  settings: RevisitSettingsRepository;
  now: () => Date;
  newId: () => string;
}

export function revisitPlanDeps(client = documentClient, tableName = env.tableName): RevisitPlanDeps {
  return {
    annualPlans: new AnnualRevisitPlanRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    customers: new CustomerBatchRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    settings: new RevisitSettingsRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
