import * as z from 'zod';
import { purposeSchema } from '../archive-access';
import { customerListQuerySchema } from './customer.schema';
import { lazySchema } from '../lazy-schema';

/**
 * GET /customers/export: the list's own filters (whatever GET /customers accepts, less its paging), and
 * the purpose that lets confidential sections into the file (R2).
 */
export const customerExportQuerySchema = lazySchema(() => customerListQuerySchema.omit({ cursor: true, limit: true }).extend({
  purpose: purposeSchema.optional(),
}));
export type CustomerExportQuery = z.infer<typeof customerExportQuerySchema>;
