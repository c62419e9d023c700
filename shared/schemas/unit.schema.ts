import * as z from 'zod';
import { unitCodeSchema } from './unit-code.schema';
import { lazySchema } from '../lazy-schema';

export { unitCodeSchema };

export const unitStatuses = ['active', 'retired'] as const;
export type UnitStatus = (typeof unitStatuses)[number];

const name = lazySchema(() => z.string().trim().min(2).max(40));
const nameEn = lazySchema(() => z.string().trim().min(2).max(60));
const region = lazySchema(() => z.string().trim().max(40));
/** Heads of the unit (负责人), staff usernames; they are told what concerns the unit. */
const heads = lazySchema(() => z.array(z.string().trim().min(1).max(128)).max(5).refine((h) => new Set(h).size === h.length, { error: 'unit.headsRepeated' }));

/** A business unit as stored and returned. */
export const unitSchema = lazySchema(() => z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string().optional(),
  region: z.string().optional(),
  heads: z.array(z.string()),
  status: z.enum(unitStatuses),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  retiredAt: z.string().optional(),
}));
export type Unit = z.infer<typeof unitSchema>;

/** POST /units. The code is chosen once: it appears in tokens and keys and never changes. */
export const unitCreateSchema = lazySchema(() => z.strictObject({
  code: unitCodeSchema,
  name,
  nameEn: nameEn.optional(),
  region: region.optional(),
  heads: heads.optional(),
}));
export type UnitCreateInput = z.infer<typeof unitCreateSchema>;

/** PATCH /units/{code}: rename, set the heads or the region; an empty string clears the English name or region. */
export const unitPatchSchema = lazySchema(() => z
  .strictObject({
    name: name.optional(),
    nameEn: nameEn.or(z.literal('')).optional(),
    region: region.optional(),
    heads: heads.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { error: 'patch.empty' }));
export type UnitPatch = z.infer<typeof unitPatchSchema>;

/** One change of a unit (created, renamed, heads, retired): who, when, before → after. */
export const unitChangeSchema = lazySchema(() => z.object({
  code: z.string(),
  action: z.enum(['create', 'update', 'retire']),
  version: z.number().int(),
  at: z.string(),
  by: z.string(),
  before: unitSchema.partial().optional(),
  after: unitSchema.partial(),
}));
export type UnitChange = z.infer<typeof unitChangeSchema>;
