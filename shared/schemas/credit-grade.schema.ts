import * as z from 'zod';
import { lazySchema } from '../lazy-schema';

/** One grade's name as typed: a short word without spaces (AAA, A+, 优), kept as written but trimmed. */
export const creditGradeSchema = lazySchema(() => z
  .string()
  .trim()
  .min(1)
  .max(10)
  .regex(/^[^\s,，;；/]+$/u, { error: 'creditGrade.format' }));
