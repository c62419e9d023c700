import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { adminMfaRequired } from '#shared/admin-mfa';
import { pickLang, type Lang } from '#shared/messages';
import type { BodyOf, ParamsOf, PathParams, QueryOf, ResponseInputOf, RouteContract } from '#shared/contracts/route-contract';
import { invalidPathParams } from '#shared/path-params';
import { routes, type AppRouteKey } from '#shared/routes';
import { validate } from '#shared/validation';
import { requireTotp } from '../admin-mfa-check';
import { DomainError, forbidden, invalidFields } from '../errors';
import { logContext } from '../log-context';
import { principalFromClaims } from '../principal';
import { errorResponse, fileResponse, jsonResponse } from './error-response';
import { staffStatusOf } from './staff-status';
import type { HttpRequest, HttpResult } from './types';

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;
type Result = APIGatewayProxyStructuredResultV2;

interface Options<B extends z.ZodType, Q extends z.ZodType> {
  body?: B;
  query?: Q;
  /** Field names the system maintains, named as read-only when a caller sends them. */
  readOnly?: readonly string[];
  /** Largest body accepted, in bytes. */
  maxBodyBytes?: number;
}

const defaultMaxBody = 256 * 1024;

type Handler = ReturnType<typeof middy<Event, Result>>;

/**
 * Wraps a use case as a Lambda handler for one route of the route table: language, principal from
 * verified claims, the route's roles, an admin's second factor (shared/admin-mfa.ts), path parameters,
 * JSON body and query validated with zod, errors mapped to `{ error: { code, message, fields? } }`.
 * Roles come from shared/routes.ts and nowhere else; schemas from the route's contract
 * (shared/contracts/): `http('GET /units', run, unitContracts)` picks the entry for its own key, and the
 * use case receives typed params, query and body and must answer with the contract's response type.
 */
export function http<K extends AppRouteKey, T extends { readonly [P in K]: RouteContract }>(
  routeKey: K,
  run: (request: HttpRequest<BodyOf<T[K]>, QueryOf<T[K]>, ParamsOf<K, T[K]>>) => Promise<HttpResult<ResponseInputOf<T[K]>>>,
  contracts: T,
): Handler;
/** A route whose contract is not declared yet: schemas passed here, params typed by name from the key. */
export function http<K extends AppRouteKey, B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown>(
  routeKey: K,
  run: (request: HttpRequest<z.output<B>, z.output<Q>, PathParams<K>>) => Promise<HttpResult>,
  options?: Options<B, Q>,
): Handler;
export function http(
  routeKey: AppRouteKey,
  run: (request: never) => Promise<HttpResult>,
  optionsOrContracts: RouteContract | Record<string, RouteContract> = {},
): Handler {
  const allowed: readonly string[] = routes[routeKey].roles;
  const options: RouteContract =
    routeKey in optionsOrContracts ? (optionsOrContracts as Record<string, RouteContract>)[routeKey]! : (optionsOrContracts as RouteContract);

  return middy<Event, Result>()
    // Registered before onError, so middy runs it after the error is logged: that line keeps the request id.
    .use(logContext<Event>((event) => event.requestContext?.requestId))
    .onError((request) => {
      request.response = errorResponse(request.error, langOf(request.event));
    })
    .handler(async (event) => {
      const lang = langOf(event);
      const claims = event.requestContext?.authorizer?.jwt?.claims ?? {};
      const principal = principalFromClaims(claims);
      if (!principal) throw new DomainError('unauthorized', 'unauthorized');
      // A disabled (or not yet created) account is refused at once, not when its token expires (issue 11).
      const status = await staffStatusOf(principal.id);
      if (status === 'disabled' || status === 'pending') throw new DomainError('unauthorized', 'account_disabled');
      if (!allowed.includes(principal.role)) throw forbidden();
      if (adminMfaRequired(routeKey, principal.role)) await requireTotp(principal.id);

      const rawParams = (event.pathParameters ?? {}) as Record<string, string>;
      const badParams = invalidPathParams(rawParams);
      if (Object.keys(badParams).length > 0) throw invalidFields(badParams);
      const params = options.params ? check(options.params, rawParams, lang) : rawParams;

      const body = options.body ? parseBody(event, options, lang) : undefined;
      const query = options.query ? check(options.query, event.queryStringParameters ?? {}, lang) : undefined;

      const request: HttpRequest = { body, query, params: params as Record<string, string>, headers: (event.headers ?? {}) as Record<string, string>, principal, lang };
      const result = await run(request as never);
      return result.file ? fileResponse(result.status, result.file, result.headers) : jsonResponse(result.status, result.body, result.headers);
    });
}

const langOf = (event: Event): Lang => pickLang(event.headers?.['accept-language']);

function check<S extends z.ZodType>(schema: S, data: unknown, lang: Lang, readOnly?: readonly string[]): z.output<S> {
  const result = validate(schema, data, lang, readOnly);
  if (!result.ok) throw invalidFields(result.fields);
  return result.value;
}

function parseBody(event: Event, options: RouteContract, lang: Lang): unknown {
  const raw = event.isBase64Encoded && event.body ? Buffer.from(event.body, 'base64').toString('utf8') : (event.body ?? '');
  if (Buffer.byteLength(raw) > (options.maxBodyBytes ?? defaultMaxBody)) {
    throw new DomainError('too_large', 'payload_too_large');
  }
  let data: unknown;
  try {
    data = raw ? JSON.parse(raw) : {};
  } catch {
    throw new DomainError('invalid', 'invalid_json');
  }
  return check(options.body!, data, lang, options.readOnly);
}
