import { unitCodeLength, unitCodePattern } from './units';

/**
 * The rule every path parameter meets before a handler sees it. Ids, codes, usernames, quarters and
 * event keys are all short printable strings; anything else is a caller's mistake (or an attack) and must
 * get a 400 naming the parameter, not reach DynamoDB — which refuses a key over 2,048 bytes (1,024 for a
 * sort key) with an error that would otherwise surface as a 500.
 */
export const maxPathParamChars = 256;
const maxPathParamBytes = 512;
// Control characters (C0, DEL, C1) never belong in an id; the rest of Unicode may (a unit code is ASCII,
// but an order id from the order system may not be).
const isControl = (code: number) => code <= 0x1f || (code >= 0x7f && code <= 0x9f);

export function isValidPathParam(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= maxPathParamChars &&
    new TextEncoder().encode(value).length <= maxPathParamBytes &&
    ![...value].some((c) => isControl(c.codePointAt(0)!))
  );
}

// A unit's code (shared/units.ts) with its length folded in, so one pattern states the whole rule.
const unitCodeWithLength = new RegExp(`^(?=.{${unitCodeLength.min},${unitCodeLength.max}}$)${unitCodePattern.source.slice(1)}`);

/** A quarter as the system names it everywhere (`2026-Q3`). */
export const quarterPattern = /^\d{4}-Q[1-4]$/;

/**
 * Path parameters whose shape is known, by name, whatever the route: checked by the HTTP middleware on top
 * of the general rule and shown as the parameter's pattern in docs/openapi.json. Usernames (Cognito's rule,
 * since an adopted console account may not follow ours), departments and order event keys are shaped by
 * their routes' contracts (`params`, shared/schemas/). Entity ids (ULIDs, but the seed's and the order
 * system's ids are not) meet only the general rule.
 * The route itself still decides what exists (an unknown unit or a year without plans is 404).
 */
export const pathParamPatterns = {
  quarter: { pattern: quarterPattern, code: 'path.quarter' },
  // Four digits from 2000 to 2100: nothing in the system is dated outside (orders start in 2000).
  year: { pattern: /^(?:20\d\d|2100)$/, code: 'path.year' },
  unitId: { pattern: unitCodeWithLength, code: 'path.unitCode' },
  code: { pattern: unitCodeWithLength, code: 'path.unitCode' },
  // The route names the kinds it knows (`unit`, `department`, `person`); any other is 404 there.
  kind: { pattern: /^[a-z]{1,32}$/, code: 'path.kind' },
} as const;

export type PathParamCode = 'path.invalid' | (typeof pathParamPatterns)[keyof typeof pathParamPatterns]['code'];

/** The message code for a path parameter's value, or undefined when it is acceptable. */
export function pathParamProblem(name: string, value: string | undefined): PathParamCode | undefined {
  if (value === undefined || !isValidPathParam(value)) return 'path.invalid';
  const known = Object.hasOwn(pathParamPatterns, name) ? pathParamPatterns[name as keyof typeof pathParamPatterns] : undefined;
  return known && !known.pattern.test(value) ? known.code : undefined;
}

/** The names of the parameters that break their rule, each with its message code. */
export function invalidPathParams(params: Record<string, string | undefined>): Record<string, PathParamCode> {
  return Object.fromEntries(
    Object.entries(params)
      .map(([k, v]) => [k, pathParamProblem(k, v)] as const)
      .filter((entry): entry is readonly [string, PathParamCode] => entry[1] !== undefined),
  );
}

/** Standard Webhooks ids (e.g. `msg_2b…`): visible ASCII, short; the id becomes part of a delivery key. */
export function isValidWebhookId(value: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(value);
}
