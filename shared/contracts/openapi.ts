import * as z from 'zod';
import { routeEntries, splitRouteKey, type AppRouteKey, type RouteDefinition } from '../routes';
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
  // shared/path-params.ts: every path parameter, whatever its route.
  schema: schema ?? { type: 'string', minLength: 1, maxLength: 256 },
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
  list.push({ name: 'accept-language', in: 'header', required: false, schema: { type: 'string' }, description: 'zh-CN (default) or en: the language of error messages' });
  return list;
}

function operation(key: AppRouteKey, definition: RouteDefinition) {
  const contract: RouteContract = (contracts as Record<string, RouteContract>)[key] ?? {};
  const status = String(contract.status ?? 200);
  const ok =
    status === '204'
      ? { description: 'Done, no content' }
      : { description: 'Success', ...(contract.response ? { content: { 'application/json': { schema: jsonSchema(contract.response, 'output') } } } : {}) };
  const webhook = definition.auth === 'webhook';
  return {
    operationId: definition.handler.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
    ...(contract.summary ? { summary: contract.summary } : {}),
    description: webhook ? 'Signed by the order system (Standard Webhooks); no token.' : `Roles: ${definition.roles.join(', ')}`,
    tags: [definition.handler.split('/')[0]],
    'x-roles': definition.roles,
    security: webhook ? [] : [{ cognito: [] }],
    parameters: parameters(key, contract, definition),
    ...(contract.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(contract.body, 'input') } } } }
      : {}),
    responses: {
      [status]: ok,
      ...Object.fromEntries(
        Object.entries(errorAnswers).map(([code, description]) => [code, { description, content: { 'application/json': { schema: errorRef } } }]),
      ),
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
  const sorted = routeEntries().sort(([a], [b]) => splitRouteKey(a).path.localeCompare(splitRouteKey(b).path) || a.localeCompare(b));
  for (const [key, definition] of sorted) {
    const { method, path } = splitRouteKey(key);
    (paths[path] ??= {})[method.toLowerCase()] = operation(key, definition);
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
      schemas: { Error: jsonSchema(errorResponseSchema, 'output') },
      securitySchemes: { cognito: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The Cognito ID token' } },
    },
  };
}
