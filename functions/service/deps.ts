import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { StaffRepository } from '#core/repositories/staff.repository';

export interface ServiceDeps {
  requests: ServiceRequestRepository;
  /** The opinions register (第三条〔四〕): what the customer said lands there with the record it was said in. */
  opinions: OpinionRepository;
  customers: CustomerRepository;
  staff: StaffRepository;
  now: () => Date;
  newId: () => string;
}

export function serviceDeps(client = documentClient, tableName = env.tableName): ServiceDeps {
  return {
    requests: new ServiceRequestRepository(client, tableName),
    opinions: new OpinionRepository(client, tableName),
    customers: new CustomerRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
