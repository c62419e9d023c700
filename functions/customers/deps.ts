import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { StaffRepository } from '#core/repositories/staff.repository';

/** What the customer use cases need, created once per container. Tests build their own. */
export interface CustomerDeps {
  customers: CustomerRepository;
  staff: StaffRepository;
  now: () => Date;
  newId: () => string;
}

export function customerDeps(client = documentClient, tableName = env.tableName): CustomerDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
