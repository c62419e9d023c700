import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { ReceivableRepository } from '#core/repositories/receivable.repository';
import { SalesTargetRepository } from '#core/repositories/sales-target.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TierRepository } from '#core/repositories/tier.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

/** What the sales-target use cases need, created once per container. Tests build their own. */
export interface SalesTargetDeps {
  targets: SalesTargetRepository;
  /** The unit's or salesperson's customers, as assigned today. */
  customers: Pick<CustomerRepository, 'all'>;
  /** R4's monthly totals, the figures the tiering counts. */
  tiers: Pick<TierRepository, 'monthTotals'>;
  /** Each customer's order events, for the payments received. */
  receivables: Pick<ReceivableRepository, 'customerEvents'>;
  staff: Pick<StaffRepository, 'get'>;
  units: Pick<UnitRepository, 'find' | 'findActive'>;
  now: () => Date;
}

export function salesTargetDeps(client = documentClient, tableName = env.tableName): SalesTargetDeps {
  return {
    targets: new SalesTargetRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    receivables: new ReceivableRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    now: () => new Date(),
  };
}
