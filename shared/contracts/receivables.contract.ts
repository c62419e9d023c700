import { overdueListSchema, overdueQuerySchema } from '../schemas/receivable.schema';
import { downloadLinkSchema } from './common.contract';
import { defineContracts } from './route-contract';

/** Money owed on orders (R11) beyond one customer's page. */
export const receivablesContracts = defineContracts({
  'GET /receivables/overdue': { summary: 'Overdue 回款 in the caller’s scope, by owner and unit', query: overdueQuerySchema, response: overdueListSchema },
  'GET /receivables/overdue/export': { summary: 'The overdue 回款 list as .xlsx (a download link), filtered like the list', query: overdueQuerySchema, response: downloadLinkSchema },
});
