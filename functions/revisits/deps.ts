import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { noticeDelivery } from '#core/channels/notice-delivery';
import type { PersonalDelivery } from '#core/channels/personal-channels';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';
import { TierRepository } from '#core/repositories/tier.repository';

export interface RevisitDeps {
  revisits: RevisitRepository;
  /** The opinions register (第三条〔四〕): what the customer said lands there with the record it was said in. */
  opinions: OpinionRepository;
  customers: CustomerRepository;
  tiers: TierRepository;
  staff: StaffRepository;
  /** The business units as records: "all units" of coverage and of the reminder job's plan reads. */
  units: UnitRepository;
  /** The R6 frequency rules and reminder timing as an administrator last set them (the policy's until then). */
  settings: RevisitSettingsRepository;
  /** Approved temporary plans owe revisits too (read by unit, never scanned). */
  temporaryPlans: TemporaryRevisitPlanRepository;
  /**
   * Delivery on each recipient's own channels (the inbox always; email, WeCom, DingTalk as they chose);
   * a fresh one per job run, so a person's change counts from the next run.
   */
  delivery: () => PersonalDelivery | Promise<PersonalDelivery>;
  now: () => Date;
  newId: () => string;
}

// Moved to core: every notice goes out through the same transports (issue 12).
export { channelTransports } from '#core/channels/notice-delivery';

export function revisitDeps(client = documentClient, tableName = env.tableName): RevisitDeps {
  return {
    revisits: new RevisitRepository(client, tableName),
    opinions: new OpinionRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    settings: new RevisitSettingsRepository(client, tableName),
    temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
    delivery: () => noticeDelivery(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
