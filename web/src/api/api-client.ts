import type * as z from 'zod';
import type { Contracts } from '#shared/contracts/index';
import type { PathParamNames, PathParams, ResponseOf } from '#shared/contracts/route-contract';
import type { Lang } from '#shared/messages';
import type { AppRouteKey } from '#shared/routes';
import { ApiError, networkError, toApiError } from './api-error';

export interface ApiClientOptions {
  baseUrl: string;
  /** The Cognito ID token, or null when the session is gone (the call then fails with 401). */
  getIdToken: () => Promise<string | null>;
  getLang: () => Lang;
  /**
   * Called once per 401, before the error is thrown, so the app can send the user to sign-in; with the
   * server's error when there is one (`account_disabled`: an administrator disabled the account).
   */
  onUnauthorized: (error?: ApiError) => void;
}

export interface RequestOptions {
  query?: Record<string, string | number | undefined | null>;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface ApiResponse<T> {
  status: number;
  data: T;
  headers: Headers;
}

let options: ApiClientOptions | undefined;

export function configureApiClient(value: ApiClientOptions): void {
  options = value;
}

/** The configured client, for callers that need the raw response (file downloads, see file-transfer.ts). */
export function apiClientOptions(): ApiClientOptions {
  if (!options) throw new Error('apiClientOptions before configureApiClient');
  return options;
}

export function buildUrl(baseUrl: string, path: string, query: RequestOptions['query']): string {
  const url = new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`);
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
  }
  return url.toString();
}

/**
 * Calls the API with the caller's ID token and language; any non-2xx answer becomes an ApiError
 * carrying the server's code, message and field errors. Private: callers go through the typed `api()`.
 */
async function apiRequest<T>(method: string, path: string, req: RequestOptions = {}): Promise<ApiResponse<T>> {
  if (!options) throw new Error('apiRequest before configureApiClient');
  const { baseUrl, getIdToken, getLang, onUnauthorized } = options;
  const lang = getLang();
  const token = await getIdToken();
  if (!token) {
    onUnauthorized();
    throw new ApiError(401, 'unauthorized', '');
  }
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': lang,
    Authorization: `Bearer ${token}`,
    ...req.headers,
  };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';

  let res: Response;
  try {
    res = await fetch(buildUrl(baseUrl, path, req.query), {
      method,
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
    });
  } catch {
    throw networkError(lang);
  }
  if (!res.ok) {
    const error = await toApiError(res, lang);
    if (res.status === 401) onUnauthorized(error);
    throw error;
  }
  const data = (res.status === 204 ? undefined : await res.json()) as T;
  return { status: res.status, data, headers: res.headers };
}

type Contract<K> = K extends keyof Contracts ? Contracts[K] : object;
type QueryArg<C> = C extends { query: infer S extends z.ZodType }
  ? { [P in keyof z.input<S>]?: string | number | boolean | undefined | null }
  : RequestOptions['query'];
type BodyArg<C> = C extends { body: infer S extends z.ZodType } ? z.input<S> : unknown;

/** What `api()` sends for a route: its path parameters by name, its query and body as its contract has them. */
export type ApiArgs<K extends AppRouteKey> = ([PathParamNames<K>] extends [never] ? { params?: undefined } : { params: PathParams<K> }) & {
  query?: QueryArg<Contract<K>>;
  body?: BodyArg<Contract<K>>;
  headers?: Record<string, string>;
};

/** The answer's JSON as the route's contract declares it (shared/contracts/). */
export type ApiAnswer<K extends AppRouteKey> = ResponseOf<Contract<K>>;

/**
 * Calls a route of the route table by its key, e.g. `api('GET /service-requests/{requestId}', { params: { requestId } })`:
 * a key not in the table, a missing path parameter or a body of the wrong shape does not compile, and the
 * answer has the route's response type. Path parameters are percent-encoded here.
 */
export function api<K extends AppRouteKey>(
  key: K,
  ...[args]: [PathParamNames<K>] extends [never] ? [ApiArgs<K>?] : [ApiArgs<K>]
): Promise<ApiResponse<ApiAnswer<K>>> {
  const [method, path] = key.split(' ') as [string, string];
  const params = (args?.params ?? {}) as Record<string, string>;
  const url = path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  return apiRequest<ApiAnswer<K>>(method, url, {
    query: args?.query as RequestOptions['query'],
    body: args?.body,
    headers: args?.headers,
  });
}
