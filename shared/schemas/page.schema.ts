import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** `?cursor=&limit=` of any paged list. */
export const pageQuerySchema = lazySchema(() => z.strictObject({
  cursor: z.string().max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
}));
