import * as z from 'zod';

/** A small seeded PRNG (mulberry32): the same seed walks the same cases, so a failure can be replayed. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    /** `n` items, in a seeded order, without repeats. */
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, n);
    },
  };
}

type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  format?: string;
  minimum?: number;
};

export const hugeString = (n = 70_000) => '客'.repeat(n);

/**
 * `[[[[…]]]]` and `{"a":{"a":{…}}}` far deeper than any record, as JSON text (too deep for this process's
 * own JSON.stringify): a recursive walk over it on the server must not crash.
 */
export const deepArrayText = (depth = 5_000) => '['.repeat(depth) + ']'.repeat(depth);
export const deepObjectText = (depth = 2_000) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
/** Stand-ins put into a body, replaced by the deep texts once it is a string. */
const deepMarkers = { '"\\u0000deep-array"': deepArrayText(), '"\\u0000deep-object"': deepObjectText() };
const withDeep = (text: string) => Object.entries(deepMarkers).reduce((t, [marker, deep]) => t.replaceAll(marker, deep), text);

/** Values of the wrong kind for any field. */
export const wrongValues: readonly unknown[] = [
  null,
  true,
  -1,
  1e308,
  0.5,
  '',
  ' ',
  'x',
  '1900-01-01',
  '9999-12-31T23:59:59Z',
  '<script>alert(1)</script>',
  "' OR '1'='1",
  '\u0000\u001f\u202e',
  '😀'.repeat(50),
  [],
  [null],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  { constructor: { prototype: { polluted: true } } },
];

function schemaOf(schema: z.ZodType): JsonSchema {
  try {
    return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  } catch {
    return {};
  }
}

/** A plausible value for a JSON Schema, to which one field at a time is then made hostile. */
export function plausible(s: JsonSchema, depth = 0): unknown {
  if (depth > 6) return null;
  if (s.const !== undefined) return s.const;
  if (s.enum?.length) return s.enum[0];
  const options = s.anyOf ?? s.oneOf;
  if (options?.length) return plausible(options[0]!, depth + 1);
  if (s.allOf?.length) return plausible(s.allOf[0]!, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries(s.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)]));
    case 'array':
      return s.items ? [plausible(s.items, depth + 1)] : [];
    case 'string':
      return s.format === 'date' ? '2026-01-15' : s.format === 'date-time' ? '2026-01-15T08:00:00.000Z' : 'fuzz';
    case 'integer':
    case 'number':
      return Math.max(1, s.minimum ?? 1);
    case 'boolean':
      return true;
    default:
      return 'fuzz';
  }
}

/** Dotted paths of every property in a JSON Schema (objects within objects, array items as `0`). */
function fieldPaths(s: JsonSchema, prefix: string[] = [], depth = 0): string[][] {
  if (depth > 4) return [];
  const options = s.anyOf ?? s.oneOf;
  if (options?.length) return fieldPaths(options[0]!, prefix, depth + 1);
  const out: string[][] = [];
  for (const [k, v] of Object.entries(s.properties ?? {})) {
    out.push([...prefix, k]);
    out.push(...fieldPaths(v, [...prefix, k], depth + 1));
    if (v.items) out.push(...fieldPaths(v.items, [...prefix, k, '0'], depth + 1));
  }
  return out;
}

function setAt(target: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(target) as Record<string, unknown>;
  let node: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    if (node[key] === null || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Raw JSON texts that no schema accepts as they are. */
const rawBodies = [
  '',
  '{',
  '{"a":1,}',
  'null',
  '[]',
  '"text"',
  '12',
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '\uFEFF{}',
  '\u0000',
];

/**
 * Hostile bodies for a route, from its own body schema when it has one: the plausible body with one field
 * at a time given a wrong value, a huge string or a deep nesting; prototype keys at the top and in nested
 * objects; and raw texts that are not the JSON asked for. Returned as strings (sent as they are).
 */
export function hostileBodies(schema: z.ZodType | undefined): string[] {
  const out = rawBodies.slice();
  out.push(deepArrayText(), deepObjectText(), JSON.stringify({ [hugeString(10)]: hugeString() }));
  if (!schema) return out;
  const s = schemaOf(schema);
  const base = plausible(s);
  out.push(JSON.stringify(base));
  for (const path of fieldPaths(s)) {
    for (const value of [...wrongValues, hugeString(), '\u0000deep-array', '\u0000deep-object']) out.push(withDeep(JSON.stringify(setAt(base, path, value))));
    out.push(JSON.stringify(setAt(base, [...path.slice(0, -1), '__proto__'], { [path[path.length - 1]!]: 'x' })));
  }
  out.push(JSON.stringify(setAt(base, ['__proto__'], { role: 'admin', unitId: 'north' })));
  out.push(JSON.stringify(setAt(base, ['constructor'], { prototype: { role: 'admin' } })));
  return out;
}

/** Hostile query strings for a route, from its query schema's keys when it has one (already encoded, with `?`). */
export function hostileQueries(schema: z.ZodType | undefined): string[] {
  const keys = schema ? Object.keys(schemaOf(schema).properties ?? {}) : [];
  const values = ['', '-1', 'NaN', '1e309', '0x10', 'true', '[]', '{}', 'null', hugeString(3_000), '\u0000', '%E0%A4%A', '2026-13-45', "' OR 1=1"];
  const out = ['?__proto__=x', '?constructor[prototype][x]=1', '?cursor=not-a-cursor', '?cursor=' + encodeURIComponent(Buffer.from('{"PK":"CUST#x"}').toString('base64url')), '?%ZZ=1&a=%ZZ', '?limit=100000'];
  for (const key of keys) {
    for (const value of values) out.push(`?${encodeURIComponent(key)}=${value === '%E0%A4%A' ? value : encodeURIComponent(value)}`);
    out.push(`?${encodeURIComponent(key)}=a&${encodeURIComponent(key)}=b`);
  }
  return out;
}

/** Path values for a parameter; each is inserted as written (percent-encoding included). */
export const hostilePathValues: readonly string[] = [
  'A'.repeat(3_000),
  encodeURIComponent('客'.repeat(300)),
  '__proto__',
  'constructor',
  'prototype',
  '%00',
  '%E0%A4%A',
  '%2e%2e%2f%2e%2e',
  encodeURIComponent("' OR '1'='1"),
  encodeURIComponent('CUST#x'),
  encodeURIComponent('😀'),
  'null',
  '-1',
  '99999999999999999999',
  '2026-Q9',
  'east%20',
];

export const hostileHeaders: readonly Record<string, string>[] = [
  { 'if-match': '"not-a-version"' },
  { 'if-match': `"${'9'.repeat(400)}"` },
  { 'if-match': 'W/"1"' },
  { 'if-match': '*' },
  { 'accept-language': 'xx;q=abc,,,' },
  { 'content-type': 'text/plain' },
  { 'content-type': 'application/json; charset=latin1' },
];
