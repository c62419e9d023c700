import { commitImportSchema, importListQuerySchema, importReportQuerySchema, importUploadSchema, startImportSchema } from '../schemas/import.schema';
import { defineContracts } from './route-contract';

export const importsContracts = defineContracts({
  'GET /order-events/import-template': {},
  'POST /imports/uploads': { body: importUploadSchema },
  'POST /imports': { body: startImportSchema },
  'GET /imports': { query: importListQuerySchema },
  'GET /imports/{importId}': { query: importReportQuerySchema },
  'POST /imports/{importId}/commit': { body: commitImportSchema },
  'GET /customers/import-template': {},
});
