import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import type * as z from 'zod';
import { contracts } from '../../shared/contracts';
import { pathParamNames as pathParamNamesOf, type RouteContract } from '../../shared/contracts/route-contract';
import { routeEntries, routes, splitRouteKey, type AppRouteKey, type RouteDefinition } from '../../shared/routes';
import type { Principal } from '../../functions/core/principal';
import { startApi } from '../support/api-harness';
import { testUserPool } from '../support/cognito';
import { newCreditCode } from '../support/credit-codes';
import { hostileBodies, hostileHeaders, hostilePathValues, hostileQueries, seededRandom } from '../support/fuzz-values';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';
import { signed } from '../support/webhook';

/**
 * Every route of the route table, called with hostile path values, queries, headers and bodies generated
 * from the route's own contract (shared/contracts/), as an admin, a business unit's salesperson, Sales and
 * Finance. Whatever is sent, the answer is a 2xx or a 4xx with the error shape — never a 5xx — and nothing of
 * another unit reaches the unit's salesperson. A fixed seed picks a bounded number of hostile cases per route,
 * so a failure replays exactly; change `seed` to walk other cases.
 *
 * Bounded for CI: every role sends the plain case (the unit check needs it from each), and the route's hostile
 * cases are shared out among the roles allowed to call it rather than repeated by each — validation runs the
 * same for every allowed role, so a repeat tests nothing new, and a role refused by the route table meets a
 * 403 before any input is read. Calls stay one at a time: run side by side, the twin's early answer to an
 * oversized request line (431, sent before the rest is read) sometimes reached the client as a connection
 * reset instead.
 */
const seed = 16;
/** Distinct hostile cases per route, shared out among the roles allowed to call it. */
const hostilePerRoute = 10;

let api: Awaited<ReturnType<typeof startApi>>;
const tokens = new Map<string, string>();
const ids = { eastCustomer: '', northCustomer: '' };

const fuzzRoles = {
  admin: callers.admin,
  unitSalesperson: callers.eastStaff,
  sales: callers.sales,
  finance: callers.finance,
} satisfies Record<string, Principal>;

beforeAll(async () => {
  await seedStaff();
  // The staff routes reach a user pool, as deployed (USER_POOL_ID set): cognito-local's, for this file.
  await testUserPool();
  api = await startApi();
  for (const p of Object.values(fuzzRoles)) tokens.set(p.id, await api.sign(p));
  const create = async (as: Principal) => {
    const res = await api.call('POST', '/customers', {
      as,
      body: { name: `模糊测试${as.unitId}贸易有限公司`, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AA' },
    });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };
  ids.eastCustomer = await create(callers.eastStaff);
  ids.northCustomer = await create(callers.northStaff);
});
afterAll(() => api?.close());

interface Case {
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
  what: string;
}

/** Real ids first (the other unit's customer among them), then hostile values, for each path parameter. */
function pathValues(name: string): string[] {
  // Well-formed values for the parameters with a pattern (shared/path-params.ts), so the plain case reaches the route.
  // and for those whose route's contract gives a shape (`params`: usernames, departments, event keys).
  const shaped: Record<string, string[]> = {
    unitId: ['north', 'east'],
    code: ['north', 'east'],
    quarter: ['2026-Q3'],
    year: ['2026'],
    kind: ['unit'],
    department: ['unit:north', 'unit:east'],
    eventKey: ['SO-FUZZ|order.paid|-'],
  };
  const real = name === 'customerId' ? [ids.northCustomer, ids.eastCustomer] : (shaped[name] ?? ['fuzz-id']);
  return [...real, ...hostilePathValues];
}

/** The plain case, then `hostilePerRoute` hostile ones drawn by the seed from everything the route's contract suggests. */
function casesFor(key: AppRouteKey, contract: RouteContract, random: ReturnType<typeof seededRandom>): Case[] {
  const { method, path } = splitRouteKey(key);
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const withPath = (pick: (name: string) => string) => path.replace(/\{(\w+)\}/g, (_, n: string) => pick(n));
  const hasBody = method !== 'GET' && method !== 'DELETE';
  const plain = withPath((n) => pathValues(n)[0]!);
  const all: Case[] = [];
  // The other unit's records, asked for plainly: the unit's salesperson must get a refusal or nothing of them.
  all.push({ path: plain, query: '', headers: { 'if-match': '"1"' }, body: hasBody ? '{}' : undefined, what: 'plain' });
  for (const name of names) for (const v of pathValues(name).slice(1)) {
    all.push({ path: withPath((n) => (n === name ? v : pathValues(n)[0]!)), query: '', headers: { 'if-match': '"1"' }, body: hasBody ? '{}' : undefined, what: `path ${name}=${v.slice(0, 40)}` });
  }
  for (const q of hostileQueries(contract.query)) all.push({ path: plain, query: q, headers: {}, what: `query ${q.slice(0, 60)}` });
  for (const h of hostileHeaders) all.push({ path: plain, query: '', headers: h, body: hasBody ? '{}' : undefined, what: `headers ${JSON.stringify(h).slice(0, 60)}` });
  if (hasBody) for (const b of hostileBodies(contract.body)) all.push({ path: plain, query: '', headers: { 'if-match': '"1"' }, body: b, what: `body ${b.slice(0, 80)}` });
  // The plain case always; the rest sampled by the seed.
  return [all[0]!, ...random.sample(all.slice(1), hostilePerRoute)];
}

/** Every `unitId` in an answer (at any depth): a unit user may meet only their own. */
function unitIdsIn(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > 50 || value === null || typeof value !== 'object') return found;
  for (const [k, v] of Object.entries(value)) {
    if (k === 'unitId' && typeof v === 'string') found.add(v);
    unitIdsIn(v, found, depth + 1);
  }
  return found;
}

const errorShape = (body: unknown) => {
  const e = (body as { error?: { code?: unknown; message?: unknown; fields?: unknown } } | undefined)?.error;
  return (
    typeof e?.code === 'string' &&
    typeof e.message === 'string' &&
    e.message.length > 0 &&
    (e.fields === undefined || (typeof e.fields === 'object' && Object.values(e.fields as object).every((m) => typeof m === 'string')))
  );
};

async function send(method: string, c: Case, token: string | undefined, extra: Record<string, string> = {}) {
  const headers: Record<string, string> = {
    ...(token ? { authorization: `Bearer ${token}` } : {}),
    ...(c.body !== undefined ? { 'content-type': 'application/json' } : {}),
    ...c.headers,
    ...extra,
  };
  const res = await fetch(api.base + c.path + c.query, { method, headers, body: c.body });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: res.status, body };
}

function check(expect: ExpectStatic, key: string, who: string, c: Case, res: { status: number; body: unknown }, principal?: Principal, response?: z.ZodType) {
  const where = `${key} as ${who}, ${c.what} → ${res.status} ${JSON.stringify(res.body)?.slice(0, 300)}`;
  expect(res.status, where).toBeLessThan(500);
  if (res.status >= 400) expect(errorShape(res.body), where).toBe(true);
  if (res.status >= 200 && res.status < 300 && principal?.unitId) {
    const others = [...unitIdsIn(res.body)].filter((u) => u !== principal.unitId);
    expect(others, `another unit's items reached ${who}: ${where}`).toEqual([]);
  }
  // A 200 of a route that names its response answers in that shape (the contract holds for real answers too).
  if (res.status === 200 && response && c.what === 'plain') {
    const parsed = response.safeParse(res.body);
    expect(parsed.success ? [] : parsed.error.issues.slice(0, 3), `answer off its contract: ${where}`).toEqual([]);
  }
}

const table = contracts as Record<string, RouteContract>;
const jwtRoutes = routeEntries().filter(([, d]) => (d.auth ?? 'jwt') === 'jwt');
const webhookRoutes = routeEntries().filter(([, d]: [AppRouteKey, RouteDefinition]) => d.auth === 'webhook');

describe('no request of any shape gets a 5xx, and a unit user never meets another unit’s items', () => {
  it.for(jwtRoutes.map(([key]) => [key] as const))('%s', async ([key], { expect }) => {
    const { method } = splitRouteKey(key);
    const contract = table[key] ?? {};
    const random = seededRandom(seed + [...key].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) | 0, 0));
    const allowed: readonly string[] = routes[key].roles;
    const [plain, ...hostile] = casesFor(key, contract, random);
    const everyone = Object.entries(fuzzRoles);
    const allowedCallers = everyone.filter(([, p]) => allowed.includes(p.role));
    // Every role the plain case; each hostile case once, by the allowed roles in turn.
    const share = (who: string) => hostile.filter((_, i) => allowedCallers[i % allowedCallers.length]?.[0] === who);
    for (const [who, principal] of everyone) {
      for (const c of [plain!, ...share(who)]) check(expect, key, who, c, await send(method, c, tokens.get(principal.id)), principal, contract.response);
    }
    // And without a token at all.
    const c = hostile[0] ?? plain!;
    check(expect, key, 'nobody', c, await send(method, c, undefined));
  });

  it.each(webhookRoutes.map(([key]) => [key] as const))('%s, signed or not', async (key) => {
    const { method, path } = splitRouteKey(key);
    const random = seededRandom(seed);
    for (const body of random.sample(hostileBodies(table[key]?.body), 40)) {
      const c: Case = { path, query: '', headers: {}, body, what: `body ${body.slice(0, 80)}` };
      check(expect, key, 'the order system', c, await send(method, c, undefined, signed(body)));
      check(expect, key, 'a stranger', c, await send(method, c, undefined, { 'webhook-id': 'msg_x', 'webhook-timestamp': '1', 'webhook-signature': 'v1,AAAA' }));
    }
  });

  /** A value of the wrong shape for each parameter a route's contract shapes (shared/path-params.ts names the rest). */
  const wrongShape: Record<string, string> = { username: 'li%20lei', department: 'marketing', eventKey: 'SO-1', quarter: '2026-Q5', year: '1999', kind: 'Unit' };
  // Each called by a role it allows (another meets the route table's 403 before any parameter is read).
  const callerOf = (key: AppRouteKey) => Object.values(fuzzRoles).find((p) => (routes[key].roles as readonly string[]).includes(p.role));
  const shapedRoutes = jwtRoutes.filter(([key]) => table[key]?.params && pathParamNamesOf(key).some((n) => n in wrongShape) && callerOf(key));

  it('reaches a route for each parameter a contract shapes', () => {
    const names = new Set(shapedRoutes.flatMap(([key]) => pathParamNamesOf(key)));
    for (const name of ['username', 'department', 'eventKey']) expect(names, name).toContain(name);
  });

  it.each(shapedRoutes.map(([key]) => [key] as const))('%s: a path parameter of the wrong shape is a 400 naming it', async (key) => {
    const { method, path } = splitRouteKey(key);
    const caller = callerOf(key)!;
    for (const name of pathParamNamesOf(key).filter((n) => n in wrongShape)) {
      const c: Case = { path: path.replace(/\{(\w+)\}/g, (_, n: string) => (n === name ? wrongShape[n]! : pathValues(n)[0]!)), query: '', headers: {}, body: method === 'GET' ? undefined : '{}', what: `path ${name}` };
      const res = await send(method, c, tokens.get(caller.id));
      expect(res.status, `${key} ${name}: ${JSON.stringify(res.body)}`).toBe(400);
      expect(Object.keys((res.body as { error: { fields?: object } }).error.fields ?? {}), key).toContain(name);
    }
  });
});
