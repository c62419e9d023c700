import { salesTargetSchema, targetDetailSchema, targetInputSchema, targetListQuerySchema, targetListSchema, targetPathSchema } from '../schemas/sales-target.schema';
import { defineContracts } from './route-contract';

/** Sales targets per year, unit and salesperson, and their progress by month (第五条〔一〕). */
export const salesTargetsContracts = defineContracts({
  'GET /sales-targets': { summary: 'The year’s sales targets the caller may read', query: targetListQuerySchema, response: targetListSchema },
  'GET /sales-targets/{year}/{kind}/{subjectId}': { summary: 'A unit’s or salesperson’s target, its changes and its progress by month', params: targetPathSchema, response: targetDetailSchema },
  'PUT /sales-targets/{year}/{kind}/{subjectId}': {
    summary: 'Set a unit’s or salesperson’s target for a year (If-Match: the version edited, "0" for a new one)',
    params: targetPathSchema,
    body: targetInputSchema,
    response: salesTargetSchema,
    readOnly: ['year', 'kind', 'subjectId', 'subjectName', 'unitId', 'version', 'updatedAt', 'updatedBy'],
  },
});
