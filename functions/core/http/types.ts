import type { Lang } from '#shared/messages';
import type { Principal } from '../principal';

/** What a use-case handler receives once the request is authenticated, authorized and validated. */
export interface HttpRequest<Body = unknown, Query = unknown, Params = Record<string, string>> {
  body: Body;
  query: Query;
  /** Present and valid (shared/path-params.ts, and the contract's params schema when it names one). */
  params: Params;
  headers: Record<string, string>;
  principal: Principal;
  lang: Lang;
}

export interface HttpResult<Body = unknown> {
  status: number;
  /** The JSON answer: of the contract's response type when the route names one. */
  body?: Body;
  headers?: Record<string, string>;
  /** A file to send instead of a JSON body (an .xlsx): sent base64-encoded, as API Gateway expects binary. */
  file?: { data: Buffer; contentType: string; fileName: string };
}
