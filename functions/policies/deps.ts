import { ulid } from 'ulid';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { PreferentialPolicyRepository } from '#core/repositories/preferential-policy.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';

export interface PolicyDeps {
  customers: CustomerRepository;
  policies: PreferentialPolicyRepository;
  inbox: InboxRepository;
  now: () => Date;
  newId: () => string;
}

export function policyDeps(client = documentClient, tableName = env.tableName): PolicyDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    policies: new PreferentialPolicyRepository(client, tableName),
    inbox: new InboxRepository(client, tableName),
    now: () => new Date(),
    newId: () => ulid(),
  };
}
