import { customersContracts } from '#shared/contracts/customers.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { createCustomer } from './use-cases/create-customer';
import { nameWarnings } from './use-cases/name-warnings';
import { summaryFor } from './use-cases/summary';

const deps = customerDeps();

export const handler = http(
  'POST /customers',
  async ({ body, principal, lang }) => {
    // Near-duplicate names are looked up before the write, so the new customer is not among them.
    const warnings = await nameWarnings(deps, body.name, principal, lang);
    const customer = await createCustomer(deps, body, principal);
    return {
      status: 201,
      body: { ...summaryFor(customer, principal), warnings },
      headers: { location: `/customers/${customer.id}`, etag: etagOf(customer.version) },
    };
  },
  customersContracts,
);
