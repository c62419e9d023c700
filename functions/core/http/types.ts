import type { Lang } from '#shared/messages';
import type { Principal } from '../principal';

/** What a use-case handler receives once the request is authenticated, authorized and validated. */
export interface HttpRequest<Body = unknown, Query = unknown> {
  body: Body;
  query: Query;
  params: Record<string, string>;
  headers: Record<string, string>;
  principal: Principal;
  lang: Lang;
}

export interface HttpResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** A file to send instead of a JSON body (an .xlsx): sent base64-encoded, as API Gateway expects binary. */
  file?: { data: Buffer; contentType: string; fileName: string };
}
