import { opinionActionSchema, opinionListQuerySchema, opinionSchema } from '../schemas/opinion.schema';
import { downloadLinkSchema, pageOf } from './common.contract';
import { defineContracts } from './route-contract';

/** The register of customers' opinions and suggestions (第三条〔四〕). */
export const opinionsContracts = defineContracts({
  'GET /opinions': { summary: 'The register, newest first (a unit user: their unit’s)', query: opinionListQuerySchema, response: pageOf(opinionSchema) },
  'GET /opinions/export': { summary: 'The register as .xlsx (a download link), filtered like the list', query: opinionListQuerySchema, response: downloadLinkSchema },
  'GET /opinions/{opinionId}': { summary: 'An opinion, its department, decision and answer', response: opinionSchema },
  'POST /opinions/{opinionId}/actions': { summary: 'Pass it to a department, record the decision or the answer to the customer', body: opinionActionSchema, response: opinionSchema },
});
