import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { PreferentialPolicyRepository } from '#core/repositories/preferential-policy.repository';
import { TierSettingsRepository } from '#core/repositories/tier-settings.repository';
import { TierRepository } from '#core/repositories/tier.repository';

export interface TierDeps {
  customers: CustomerRepository;
  tiers: TierRepository;
  settings: TierSettingsRepository;
  policies: PreferentialPolicyRepository;
  now: () => Date;
}

export function tierDeps(client = documentClient, tableName = env.tableName): TierDeps {
  return {
    customers: new CustomerRepository(client, tableName),
    tiers: new TierRepository(client, tableName),
    settings: new TierSettingsRepository(client, tableName),
    policies: new PreferentialPolicyRepository(client, tableName),
    now: () => new Date(),
  };
}
