import { isUnitCode } from '#shared/units';
import { notFound } from '#core/errors';

/** The `{code}` of a units route; a value that cannot be a code names no unit (404). */
export function unitCodeParam(params: Record<string, string>): string {
  const code = params.code;
  if (!isUnitCode(code)) throw notFound();
  return code;
}
