import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { AnnualRevisitPlanRepository } from '#core/repositories/annual-revisit-plan.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { RevisitReportRepository } from '#core/repositories/revisit-report.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';

/** What the evaluation-report use cases need, created once per container. Tests build their own. */
export interface RevisitReportDeps {
  reports: RevisitReportRepository;
  annualPlans: AnnualRevisitPlanRepository;
  temporaryPlans: TemporaryRevisitPlanRepository;
  customers: CustomerRepository;
  revisits: RevisitRepository;
  staff: StaffRepository;
  /** As for temporary plans (functions/revisit-plans/deps.ts). */
  leadDays: number;
  now: () => Date;
}

export function revisitReportDeps(client = documentClient, tableName = env.tableName): RevisitReportDeps {
  const v = Number(process.env.REVISIT_PLAN_LEAD_DAYS);
  return {
    reports: new RevisitReportRepository(client, tableName),
    annualPlans: new AnnualRevisitPlanRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    leadDays: Number.isInteger(v) && v >= 0 && process.env.REVISIT_PLAN_LEAD_DAYS ? v : 3,
    now: () => new Date(),
  };
}
