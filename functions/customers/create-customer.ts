import { customerCreateSchema, customerReadOnlyFields } from '#shared/schemas/customer.schema';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { customerDeps } from './deps';
import { createCustomer } from './use-cases/create-customer';
import { summaryFor } from './use-cases/summary';

const deps = customerDeps();

export const handler = http(
  'POST /customers',
  async ({ body, principal }) => {
    const customer = await createCustomer(deps, body, principal);
    return {
      status: 201,
      body: summaryFor(customer, principal),
      headers: { location: `/customers/${customer.id}`, etag: etagOf(customer.version) },
    };
  },
  { body: customerCreateSchema, readOnly: customerReadOnlyFields },
);
