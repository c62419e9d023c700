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

/** The names of the parameters that break the rule, each with its message code. */
export function invalidPathParams(params: Record<string, string | undefined>): Record<string, 'path.invalid'> {
  return Object.fromEntries(
    Object.entries(params)
      .filter(([, v]) => v === undefined || !isValidPathParam(v))
      .map(([k]) => [k, 'path.invalid' as const]),
  );
}

/** Standard Webhooks ids (e.g. `msg_2b…`): visible ASCII, short; the id becomes part of a delivery key. */
export function isValidWebhookId(value: string): boolean {
  return /^[\x21-\x7e]{1,200}$/.test(value);
}
