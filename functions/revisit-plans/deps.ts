import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { AnnualRevisitPlanRepository } from '#core/repositories/annual-revisit-plan.repository';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';

/** What the revisit-plan use cases need, created once per container. Tests build their own. */
export interface RevisitPlanDeps {
  annualPlans: AnnualRevisitPlanRepository;
  temporaryPlans: TemporaryRevisitPlanRepository;
  customers: CustomerBatchRepository;
  revisits: RevisitRepository;
  staff: StaffRepository;
  /** A temporary plan's unmet revisit is "due soon" this many days before the plan ends. */
  leadDays: number;
  now: () => Date;
  newId: () => string;
}

const leadDaysFromEnv = () => {
  const v = Number(process.env.REVISIT_PLAN_LEAD_DAYS);
  return Number.isInteger(v) && v >= 0 && process.env.REVISIT_PLAN_LEAD_DAYS ? v : 3;
};

export function revisitPlanDeps(client = documentClient, tableName = env.tableName): RevisitPlanDeps {
  return {
    annualPlans: new AnnualRevisitPlanRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    customers: new CustomerBatchRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    leadDays: leadDaysFromEnv(),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
