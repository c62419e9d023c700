import { customersContracts } from '#shared/contracts/customers.contract';
import { xlsxContentType } from '#shared/attachments';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { customerDeps } from './deps';
import { exportCustomers } from './use-cases/export-customers';

const deps = { ...customerDeps(), batch: new CustomerBatchRepository(documentClient, env.tableName) };

export const handler = http(
  'GET /customers/export',
  async ({ query, principal }) => {
    const file = await exportCustomers(deps, query, principal);
    return downloadLink({ ...file, contentType: xlsxContentType }, principal);
  },
  customersContracts,
);
