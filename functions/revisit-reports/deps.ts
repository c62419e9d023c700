import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { AnnualRevisitPlanRepository } from '#core/repositories/annual-revisit-plan.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { RevisitReportRepository } from '#core/repositories/revisit-report.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';

/** What the evaluation-report use cases need, created once per container. Tests build their own. */
export interface RevisitReportDeps {
  reports: RevisitReportRepository;
  annualPlans: AnnualRevisitPlanRepository;
  temporaryPlans: TemporaryRevisitPlanRepository;
  customers: CustomerRepository;
  revisits: RevisitRepository;
  /** The opinions register: its open entries count as unsolved problems of the quarter. */
  opinions: OpinionRepository;
  staff: StaffRepository;
  /** The business units as records: which units there are, and their names in notices. */
  units: UnitRepository;
  /** The reminder timing, for the temporary plans' "due soon" (as functions/revisit-plans/deps.ts). */
  settings: RevisitSettingsRepository;
  now: () => Date;
}

export function revisitReportDeps(client = documentClient, tableName = env.tableName): RevisitReportDeps {
  return {
    reports: new RevisitReportRepository(client, tableName),
    annualPlans: new AnnualRevisitPlanRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    opinions: new OpinionRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    settings: new RevisitSettingsRepository(client, tableName),
    now: () => new Date(),
  };
}
