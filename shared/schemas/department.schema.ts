import * as z from 'zod';
import { quarterPattern } from '../path-params';
import { unitCodePattern } from '../units';
import { lazySchema } from '../lazy-schema';

// Apart from the request schemas, which opinions and the departments' scorecards do not need (issue 15).

/** The departments of R1 beside the business units (see shared/service/departments.ts). */
export const companyDepartments = ['sales', 'finance', 'office', 'leadership', 'admin'] as const;
/** A department of R1 (see shared/service/departments.ts): `sales`, `finance`, …, or `unit:<unitId>`. */
export const departmentSchema = lazySchema(() => z.union([z.enum(companyDepartments), z.templateLiteral(['unit:', z.string().regex(/^[a-z0-9-]+$/)])]));

/**
 * `{department}/{quarter}` of a department's scorecard: a department of R1 by its code (`sales`, `finance`, …,
 * `unit:<unit code>`), else a 400 naming it; one the office does not assess is then the route's 404.
 */
export const departmentPattern = new RegExp(`^(?:${companyDepartments.join('|')}|unit:${unitCodePattern.source.slice(1, -1)})$`);
export const departmentScorecardPathSchema = lazySchema(() => z.object({
  department: z.string().regex(departmentPattern, { error: 'path.department' }),
  quarter: z.string().regex(quarterPattern, { error: 'path.quarter' }),
}));
