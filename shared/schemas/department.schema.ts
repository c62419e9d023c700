import * as z from 'zod';

/**
 * A department of R1 (see shared/service/departments.ts): `sales`, `finance`, …, or `unit:<unitId>`. Apart from
 * the request schemas, which opinions do not need (issue 15).
 */
export const departmentSchema = z.union([
  z.enum(['sales', 'finance', 'office', 'leadership', 'admin']),
  z.templateLiteral(['unit:', z.string().regex(/^[a-z0-9-]+$/)]),
]);
