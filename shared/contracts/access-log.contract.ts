import { accessLogEntrySchema, accessLogExportQuerySchema, accessLogQuerySchema } from '../schemas/access-log.schema';
import { downloadLinkSchema, pageOf } from './common.contract';
import { defineContracts } from './route-contract';

/** The archive access log (查阅记录, R2): read by Sales heads and the General Office, never changed. */
export const accessLogContracts = defineContracts({
  'GET /access-log': { summary: 'Readings of archives, newest first', query: accessLogQuerySchema, response: pageOf(accessLogEntrySchema) },
  'GET /access-log/export': { summary: 'The log under the filters as .xlsx (a download link; itself logged)', query: accessLogExportQuerySchema, response: downloadLinkSchema },
});
