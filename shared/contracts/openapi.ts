import * as z from 'zod';
import { routeEntries, splitRouteKey, type AppRouteKey, type RouteDefinition } from '../routes';
import { maxPathParamChars, pathParamPatterns } from '../path-params';
import * as assessment from '../schemas/assessment.schema';
import * as accessLog from '../schemas/access-log.schema';
import * as attachment from '../schemas/attachment.schema';
import * as customer from '../schemas/customer.schema';
import * as customerHistory from '../schemas/customer-history.schema';
import * as customerOrders from '../schemas/customer-orders.schema';
import * as importJob from '../schemas/import.schema';
import * as meeting from '../schemas/meeting.schema';
import * as notification from '../schemas/notification.schema';
import * as opinion from '../schemas/opinion.schema';
import * as orderEvent from '../schemas/order-event.schema';
import * as policy from '../schemas/preferential-policy.schema';
import * as receivable from '../schemas/receivable.schema';
import * as revisitPlan from '../schemas/revisit-plan.schema';
import * as revisitReport from '../schemas/revisit-report.schema';
import * as revisit from '../schemas/revisit.schema';
import * as serviceRequest from '../schemas/service-request.schema';
import * as staff from '../schemas/staff.schema';
import * as tierHistory from '../schemas/tier-history.schema';
import * as unit from '../schemas/unit.schema';
import * as user from '../schemas/user.schema';
import * as visit from '../schemas/visit.schema';
import * as common from './common.contract';
import * as customersContract from './customers.contract';
import * as importsContract from './imports.contract';
import * as revisitPlansContract from './revisit-plans.contract';
import * as revisitsContract from './revisits.contract';
import * as serviceContract from './service.contract';
import * as usersContract from './users.contract';
import * as visitsContract from './visits.contract';
import { errorResponseSchema } from './common.contract';
import { contracts } from './index';
import { pathParamNames, type RouteContract } from './route-contract';

type JsonSchema = Record<string, unknown>;

/** zod → JSON Schema 2020-12 (OpenAPI 3.1's dialect); what JSON cannot say (a refinement's rule) is left out. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  return rest;
}

const errorRef = { $ref: '#/components/schemas/Error' };
const errorAnswers = {
  '400': 'A path parameter, query or body that breaks the contract (`fields` names each)',
  '401': 'No valid token (or signature, for the webhook)',
  '403': 'The caller’s role may not call this route, or not for this record',
  '404': 'No such record (or not in the caller’s scope)',
  '409': 'Changed by someone else since it was read (If-Match), or a rule of the domain refuses it',
  '413': 'The body is larger than the route accepts',
};

const pathParam = (name: string, schema?: JsonSchema) => ({
  name,
  in: 'path',
  required: true,
  // shared/path-params.ts: every path parameter, whatever its route, and the pattern its name carries; a
  // route's contract may shape it further (`params`), within the same length.
  schema: {
    type: 'string',
    minLength: 1,
    maxLength: maxPathParamChars,
    ...(Object.hasOwn(pathParamPatterns, name) ? { pattern: pathParamPatterns[name as keyof typeof pathParamPatterns].pattern.source } : {}),
    ...schema,
  },
});

function parameters(key: AppRouteKey, contract: RouteContract, definition: RouteDefinition) {
  const params = contract.params ? (jsonSchema(contract.params, 'input') as { properties?: Record<string, JsonSchema> }) : {};
  const list: unknown[] = pathParamNames(key).map((n) => pathParam(n, params.properties?.[n]));
  if (contract.query) {
    const query = jsonSchema(contract.query, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(query.properties ?? {})) {
      list.push({ name, in: 'query', required: query.required?.includes(name) ?? false, schema });
    }
  }
  if (definition.auth === 'webhook') {
    for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
      list.push({ name, in: 'header', required: true, schema: { type: 'string' }, description: 'Standard Webhooks (docs/webhooks.md)' });
    }
  }
  list.push({ $ref: '#/components/parameters/AcceptLanguage' });
  return list;
}

/**
 * Records many routes share (a customer, a visit, a page of them…) are written once under
 * components/schemas and referred to (`$ref`), rather than inlined in every route that names them:
 * the exported `…Schema`s of these modules, under their names (`customerSummarySchema` → CustomerSummary).
 */
const sharedModules: readonly Record<string, unknown>[] = [
  accessLog, assessment, attachment, customer, customerHistory, customerOrders, importJob, meeting, notification, opinion, orderEvent, policy, receivable,
  revisitPlan, revisitReport, revisit, serviceRequest, staff, tierHistory, unit, user, visit, common, customersContract, importsContract, revisitPlansContract, revisitsContract, serviceContract,
  usersContract, visitsContract,
];

function sharedNames(): Map<z.ZodType, string> {
  const names = new Map<z.ZodType, string>();
  const taken = new Set<string>();
  for (const module of sharedModules) {
    for (const [name, value] of Object.entries(module)) {
      if (!(value instanceof z.ZodType) || !name.endsWith('Schema') || names.has(value)) continue;
      const id = name[0]!.toUpperCase() + name.slice(1, -'Schema'.length);
      if (taken.has(id)) continue;
      names.set(value, id);
      taken.add(id);
    }
  }
  return names;
}

type Components = Record<string, JsonSchema>;
const refTo = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/**
 * Converts every body (as input) and every answer (as output) in two registry passes, so a shared record
 * nested anywhere becomes a `$ref`: `X` as answered, `XInput` as sent where the two differ in kind.
 */
function routeSchemas() {
  const shared = sharedNames();
  const components: Components = {};
  const refs = { body: new Map<string, JsonSchema>(), response: new Map<string, JsonSchema>() };
  for (const io of ['input', 'output'] as const) {
    const registry = z.registry<{ id: string }>();
    const suffix = io === 'input' ? 'Input' : '';
    for (const [schema, id] of shared) registry.add(schema, { id: id + suffix });
    const part = io === 'input' ? 'body' : 'response';
    const named = new Map<string, string>();
    for (const [key, definition] of routeEntries()) {
      const schema = (contracts as Record<string, RouteContract>)[key]?.[part];
      if (!schema) continue;
      if (!registry.has(schema)) registry.add(schema, { id: operationId(definition) + (io === 'input' ? 'Body' : 'Response') });
      named.set(key, registry.get(schema)!.id);
    }
    const { schemas } = z.toJSONSchema(registry, { io, unrepresentable: 'any', target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
    for (const [id, json] of Object.entries(schemas)) {
      const { $schema: _dialect, $id: _id, ...rest } = json as JsonSchema;
      components[id] = rest;
    }
    for (const [key, id] of named) refs[part].set(key, refTo(id));
  }
  return { components, refs };
}

/** Drops the components nothing refers to (the shared modules export more than the routes use). */
function reachable(paths: unknown, components: Components): Components {
  const kept = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string' && v.startsWith('#/components/schemas/')) {
        const id = v.slice('#/components/schemas/'.length);
        if (!kept.has(id) && components[id]) {
          kept.add(id);
          walk(components[id]);
        }
      } else walk(v);
    }
  };
  walk(paths);
  return Object.fromEntries(Object.entries(components).filter(([id]) => kept.has(id)).sort(([a], [b]) => a.localeCompare(b)));
}

const operationId = (definition: RouteDefinition) => definition.handler.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase());

function operation(key: AppRouteKey, definition: RouteDefinition, schemas: ReturnType<typeof routeSchemas>['refs']) {
  const contract: RouteContract = (contracts as Record<string, RouteContract>)[key] ?? {};
  const status = String(contract.status ?? 200);
  const ok =
    status === '204'
      ? { description: 'Done, no content' }
      : { description: 'Success', ...(contract.response ? { content: { 'application/json': { schema: schemas.response.get(key) } } } : {}) };
  const webhook = definition.auth === 'webhook';
  return {
    operationId: operationId(definition),
    ...(contract.summary ? { summary: contract.summary } : {}),
    description: webhook ? 'Signed by the order system (Standard Webhooks); no token.' : `Roles: ${definition.roles.join(', ')}`,
    tags: [definition.handler.split('/')[0]],
    'x-roles': definition.roles,
    security: webhook ? [] : [{ cognito: [] }],
    parameters: parameters(key, contract, definition),
    ...(contract.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemas.body.get(key) } } } }
      : {}),
    responses: {
      [status]: ok,
      // Written once under components/responses (errorResponses) and referred to here.
      ...Object.fromEntries(Object.keys(errorAnswers).map((code) => [code, { $ref: `#/components/responses/Error${code}` }])),
    },
  };
}

/**
 * The OpenAPI 3.1 document of every route in the route table, from its contract (shared/contracts/):
 * written to docs/openapi.json by `npm run openapi` (a test fails when that file is not current) and
 * served by the local twin at GET /openapi.json.
 */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  const { components, refs } = routeSchemas();
  const sorted = routeEntries().sort(([a], [b]) => splitRouteKey(a).path.localeCompare(splitRouteKey(b).path) || a.localeCompare(b));
  for (const [key, definition] of sorted) {
    const { method, path } = splitRouteKey(key);
    (paths[path] ??= {})[method.toLowerCase()] = operation(key, definition, refs);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: '客户管理系统 API (customer management)',
      version: '1',
      description:
        'Generated from the route table and its contracts (shared/routes.ts, shared/contracts/). Every error is `{ error: { code, message, fields? } }`.',
    },
    paths,
    components: {
      schemas: { ...reachable(paths, components), Error: jsonSchema(errorResponseSchema, 'output') },
      responses: Object.fromEntries(
        Object.entries(errorAnswers).map(([code, description]) => [`Error${code}`, { description, content: { 'application/json': { schema: errorRef } } }]),
      ),
      parameters: {
        AcceptLanguage: { name: 'accept-language', in: 'header', required: false, schema: { type: 'string' }, description: 'zh-CN (default) or en: the language of error messages' },
      },
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The Cognito ID token' } },
    },
  };
}
