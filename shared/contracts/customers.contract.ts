import * as z from 'zod';
import { confidentialSections } from '../archive-sections';
import { tiers } from '../customer-options';
import { customerCreateSchema, customerListQuerySchema, customerPatchSchema, customerReadOnlyFields, customerSchema } from '../schemas/customer.schema';
import { customerExportQuerySchema } from '../schemas/customer-export.schema';
import { customerHistoryEntrySchema, customerHistoryQuerySchema } from '../schemas/customer-history.schema';
import { customerSimilarQuerySchema } from '../schemas/customer-similar.schema';
import { customerReadQuerySchema, reassignSchema, recycleBinQuerySchema } from '../schemas/customer-archive.schema';
import { downloadLinkSchema, pageOf as page } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** A contact as shown: its phone and email may be masked (`138****5678`, shared/masking.ts), so they are not checked as numbers. */
const contactViewSchema = lazySchema(() => z.object({ name: z.string(), title: z.string().optional(), phone: z.string().optional(), email: z.string().optional(), primary: z.boolean().optional() }));

/** shared/customer-view.ts: the record without the withheld sections, naming what was withheld. */
export const customerViewSchema = lazySchema(() => customerSchema
  .partial({ creditRating: true, businessLicence: true, taxRegistration: true })
  .extend({ contacts: z.array(contactViewSchema).optional(), maskedSections: z.array(z.enum(confidentialSections)), contactDetailsMasked: z.boolean() }));
/** A list item and a write's answer: never contacts, licence or tax details (R2). */
export const customerSummarySchema = lazySchema(() => customerViewSchema.omit({ contacts: true, businessLicence: true, taxRegistration: true }));

export const similarCustomerSchema = lazySchema(() => z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  ownerId: z.string(),
  tier: z.enum(tiers),
  match: z.enum(['same-name', 'contains']),
}));
const writeWarningSchema = lazySchema(() => z.object({ code: z.literal('similar_names'), message: z.string(), customers: z.array(similarCustomerSchema) }));

export const customersContracts = defineContracts({
  'GET /customers': { summary: 'A page of the customers the caller may see', query: customerListQuerySchema, response: page(customerSummarySchema) },
  'POST /customers': {
    summary: 'Create a customer (with near-duplicate name warnings)',
    body: customerCreateSchema,
    readOnly: customerReadOnlyFields,
    status: 201,
    response: lazySchema(() => customerSummarySchema.extend({ warnings: z.array(writeWarningSchema) })),
  },
  'GET /customers/similar': { summary: 'Customers whose name looks like the one given', query: customerSimilarQuerySchema, response: lazySchema(() => z.object({ items: z.array(similarCustomerSchema) })) },
  'GET /customers/{customerId}': { summary: 'A customer’s archive (logged; VIP and key need a purpose)', query: customerReadQuerySchema, response: customerViewSchema },
  'PATCH /customers/{customerId}': { summary: 'Change a customer (If-Match)', body: customerPatchSchema, readOnly: customerReadOnlyFields, response: customerSummarySchema },
  'GET /customers/{customerId}/history': { summary: 'A customer’s changes, newest first', query: customerHistoryQuerySchema, response: page(customerHistoryEntrySchema) },
  'POST /customers/{customerId}/verify': { summary: 'Mark the archive verified as current (If-Match)', response: customerSummarySchema },
  'DELETE /customers/{customerId}': { summary: 'Move a customer to the recycle bin (If-Match)', status: 204 },
  'POST /customers/{customerId}/restore': { summary: 'Restore a customer from the recycle bin', response: customerSummarySchema },
  'GET /recycle-bin': { summary: 'Deleted customers, newest first', query: recycleBinQuerySchema, response: page(customerSummarySchema) },
  'POST /customers/reassign': {
    summary: 'Move one salesperson’s customers to another',
    body: reassignSchema,
    response: lazySchema(() => z.object({
      batchId: z.string(),
      requested: z.number().int(),
      moved: z.number().int(),
      notOwned: z.number().int(),
      otherUnit: z.number().int(),
      conflicted: z.number().int(),
      more: z.boolean(),
    })),
  },
  'GET /customers/export': { summary: 'The archive as .xlsx (a download link)', query: customerExportQuerySchema, response: downloadLinkSchema },
});
