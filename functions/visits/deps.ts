import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { VisitRepository } from '#core/repositories/visit.repository';

/** What the visit use cases need, created once per container. Tests build their own. */
export interface VisitDeps {
  customers: CustomerRepository;
  visits: VisitRepository;
  staff: StaffRepository;
  now: () => Date;
  newId: () => string;
}

export function visitDeps(client = documentClient, tableName = env.tableName): VisitDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    visits: new VisitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
