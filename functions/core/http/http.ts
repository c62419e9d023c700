import middy from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import type { z } from 'zod';
import { adminMfaRequired } from '#shared/admin-mfa';
import { pickLang, type Lang } from '#shared/messages';
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

/**
 * Wraps a use case as a Lambda handler for one route of the route table: language, principal from
 * verified claims, the route's roles, an admin's second factor (shared/admin-mfa.ts), JSON body and
 * query validated with zod, errors mapped to
 * `{ error: { code, message, fields? } }`. Roles come from shared/routes.ts and nowhere else.
 */
export function http<B extends z.ZodType = z.ZodUnknown, Q extends z.ZodType = z.ZodUnknown>(
  routeKey: AppRouteKey,
  run: (request: HttpRequest<z.output<B>, z.output<Q>>) => Promise<HttpResult>,
  options: Options<B, Q> = {},
) {
  const allowed: readonly string[] = routes[routeKey].roles;

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

      const params = (event.pathParameters ?? {}) as Record<string, string>;
      const badParams = invalidPathParams(params);
      if (Object.keys(badParams).length > 0) throw invalidFields(badParams);

      const body = (options.body ? parseBody(event, options, lang) : undefined) as z.output<B>;
      const query = (options.query ? check(options.query, event.queryStringParameters ?? {}, lang) : undefined) as z.output<Q>;

      const result = await run({
        body,
        query,
        params,
        headers: (event.headers ?? {}) as Record<string, string>,
        principal,
        lang: lang,
      });
      return result.file ? fileResponse(result.status, result.file, result.headers) : jsonResponse(result.status, result.body, result.headers);
    });
}

const langOf = (event: Event): Lang => pickLang(event.headers?.['accept-language']);

function check<S extends z.ZodType>(schema: S, data: unknown, lang: Lang, readOnly?: readonly string[]): z.output<S> {
  const result = validate(schema, data, lang, readOnly);
  if (!result.ok) throw invalidFields(result.fields);
  return result.value;
}

function parseBody<B extends z.ZodType>(event: Event, options: Options<B, z.ZodType>, lang: Lang): z.output<B> {
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
