import * as z from 'zod';
import { homeFiguresSchema, homeQuerySchema, todoKinds } from '../schemas/home.schema';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** shared/schemas/home.schema.ts HomeView: the caller's to-dos and their scope's figures. */
export const homeViewSchema = lazySchema(() => z.object({
  todos: z.array(z.object({ kind: z.enum(todoKinds), count: z.number().int(), link: z.string() })),
  /** null until the nightly job has run once. */
  figures: homeFiguresSchema.nullable(),
  scopes: z.array(z.string()),
  units: z.array(z.object({ code: z.string(), name: z.string(), nameEn: z.string().optional() })),
}));

/** Issue 12: the 工作台 (home) — each person's to-dos and their scope's figures, for every role. */
export const homeContracts = defineContracts({
  'GET /home': { summary: 'The caller’s to-dos and figures (a unit’s, or the company’s)', query: homeQuerySchema, response: homeViewSchema },
});
