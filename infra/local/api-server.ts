import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { openApiDocument } from '#shared/contracts/openapi';
import { pickLang, translate, type MessageCode } from '#shared/messages';
import { routeEntries, splitRouteKey, type RouteDefinition } from '#shared/routes';
import { buildEvent } from './lambda-event';
import { repoRoot } from './settings';
import type { VerifyToken } from './token-verifier';

type LambdaHandler = (event: unknown, context: Context) => Promise<APIGatewayProxyStructuredResultV2>;

interface MountedRoute {
  key: string;
  method: string;
  pattern: RegExp;
  names: string[];
  definition: RouteDefinition;
}

/** API Gateway's payload limit; larger bodies never reach a function in the cloud either. */
const maxBodyBytes = 10 * 1024 * 1024;

/**
 * The local stand-in for API Gateway: mounts every entry of the route table, verifies the JWT like the
 * Cognito authorizer (401 before any function runs), and calls the real handler module with a payload
 * 2.0 event. CORS mirrors the HTTP API's preflight configuration.
 */
export function createApiServer(options: { verifyToken: VerifyToken; corsOrigin?: string }): Server {
  const mounted = routeEntries().map(([key, definition]) => mount(key, definition));
  let openApi: ReturnType<typeof openApiDocument> | undefined;
  const handlers = new Map<string, Promise<LambdaHandler>>();
  const load = (handler: string) => {
    if (!handlers.has(handler)) {
      const url = pathToFileURL(resolve(repoRoot, 'functions', `${handler}.ts`)).href;
      handlers.set(handler, import(url).then((m: { handler: LambdaHandler }) => m.handler));
    }
    return handlers.get(handler)!;
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[api] request failed', error);
      if (!res.headersSent) sendError(req, res, 500, 'internal');
    });
  });
  // A request Node cannot even parse (a request line and headers over its 16 KB, a broken request line)
  // never reaches `handle`: it is answered here, in the error shape too (Chinese, as no header was read).
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const code: MessageCode = tooLarge ? 'request_header_too_large' : 'bad_request';
    const body = JSON.stringify({ error: { code, message: translate(code, 'zh-CN') } });
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
  });
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse) {
    cors(req, res, options.corsOrigin);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    // The contract as OpenAPI 3.1 (shared/contracts/openapi.ts), for the order system's engineers and anyone else.
    if (req.method === 'GET' && url.pathname === '/openapi.json') return send(res, 200, (openApi ??= openApiDocument()));

    let match: ReturnType<typeof findRoute>;
    try {
      match = findRoute(mounted, req.method ?? 'GET', url.pathname);
    } catch (error) {
      // A path parameter whose percent-encoding does not decode (`%E0%A4%A`): the caller's mistake.
      if (error instanceof URIError) return sendError(req, res, 400, 'bad_path_encoding');
      throw error;
    }
    if (!match) return sendError(req, res, 404, 'route_not_found');

    const body = await readBody(req);
    if (body === undefined) return sendError(req, res, 413, 'payload_too_large');

    let claims: Record<string, unknown> | undefined;
    if ((match.route.definition.auth ?? 'jwt') === 'jwt') {
      const token = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      claims = token ? await options.verifyToken(token).catch(() => undefined) : undefined;
      if (!claims) return sendError(req, res, 401, 'unauthorized');
    }

    const event = buildEvent({ req, url, routeKey: match.route.key, pathParameters: match.params, body, claims });
    const handler = await load(match.route.definition.handler);
    const result = await handler(event, { awsRequestId: event.requestContext.requestId } as Context);
    res.writeHead(result.statusCode ?? 200, result.headers as Record<string, string>);
    // Binary bodies (an .xlsx) come back base64-encoded, and API Gateway decodes them; so does this server.
    res.end(result.isBase64Encoded && result.body ? Buffer.from(result.body, 'base64') : (result.body ?? ''));
  }
}

function mount(key: string, definition: RouteDefinition): MountedRoute {
  const { method, path } = splitRouteKey(key);
  const names: string[] = [];
  const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { key, method, pattern: new RegExp(`^${source}$`), names, definition };
}

let everyRoute: MountedRoute[] | undefined;

/** The route-table key a request reaches (`GET /customers/{customerId}`), or undefined: for tests that check answers against contracts. */
export function routeKeyOf(method: string, pathname: string): string | undefined {
  try {
    return findRoute((everyRoute ??= routeEntries().map(([key, definition]) => mount(key, definition))), method, pathname)?.route.key;
  } catch {
    return undefined;
  }
}

/**
 * Like API Gateway, the most specific route wins whatever the table's order: `/customers/similar` over
 * `/customers/{customerId}` (the route with fewer path parameters).
 */
function findRoute(mounted: MountedRoute[], method: string, path: string) {
  let best: { route: MountedRoute; params: Record<string, string> } | undefined;
  for (const route of mounted) {
    if (route.method !== method) continue;
    const m = route.pattern.exec(path);
    if (m && (!best || route.names.length < best.route.names.length)) {
      const params = Object.fromEntries(route.names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)]));
      best = { route, params };
    }
  }
  return best;
}

async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > maxBodyBytes) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function cors(req: IncomingMessage, res: ServerResponse, origin = '*') {
  res.setHeader('access-control-allow-origin', origin);
  res.setHeader('vary', 'Origin');
  res.setHeader('access-control-allow-headers', 'authorization,content-type,if-match,accept-language');
  res.setHeader('access-control-allow-methods', 'GET,POST,PUT,PATCH,DELETE,OPTIONS');
  res.setHeader('access-control-expose-headers', 'etag,location,content-disposition,x-row-count');
  res.setHeader('access-control-max-age', '600');
}

/**
 * The gateway's own refusals (no such route, no valid token, too large a body, a path that does not decode)
 * in the API's error shape and the caller's language, like every answer of a function. (API Gateway's own
 * answers in the cloud are `{ message }`; the SPA reads both.)
 */
function sendError(req: IncomingMessage, res: ServerResponse, status: number, code: MessageCode) {
  const lang = pickLang(req.headers['accept-language']);
  send(res, status, { error: { code, message: translate(code, lang) } });
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
