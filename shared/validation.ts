import type { z } from 'zod';
import { isMessageCode, translate, type Lang } from './messages';
import { errorMaps } from './validation-messages';

export type FieldErrors = Record<string, string>;

/**
 * Parses with zod in the caller's language and turns issues into `{ 'contacts.0.phone': message }`.
 * Unknown keys are named one by one; read-only keys get their own message so a caller learns the
 * system maintains them.
 */
export function validate<S extends z.ZodType>(
  schema: S,
  data: unknown,
  lang: Lang,
  readOnly: readonly string[] = [],
): { ok: true; value: z.output<S> } | { ok: false; fields: FieldErrors } {
  const result = schema.safeParse(data, { error: errorMaps[lang] });
  if (result.success) return { ok: true, value: result.data };
  const fields: FieldErrors = {};
  for (const issue of result.error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = base ? `${base}.${key}` : key;
        fields[path] = translate(readOnly.includes(key) && !base ? 'field.readOnly' : 'field.unknown', lang);
      }
      continue;
    }
    const path = base || '_';
    fields[path] ??= isMessageCode(issue.message) ? translate(issue.message, lang) : issue.message;
  }
  return { ok: false, fields };
}
