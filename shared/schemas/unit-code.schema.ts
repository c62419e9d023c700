import * as z from 'zod';
import { isUnitCode } from '../units';
import { lazySchema } from '../lazy-schema';

/**
 * A unit code in a request or record: the format only; whether such a unit exists is the records' to say.
 * In a module of its own because most schemas name a unit: importing it from unit.schema.ts built the unit
 * record's schemas (~100 zod constructions) at the start of every function (issue 15, docs/performance.md).
 */
export const unitCodeSchema = lazySchema(() => z.string().refine(isUnitCode, { error: 'unit.codeFormat' }));
