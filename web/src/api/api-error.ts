import type { FieldErrors } from '#shared/validation';
import type { Lang } from '#shared/messages';

/** The error body every API route returns: `{ error: { code, message, fields? } }`, already in the caller's language. */
export interface ApiErrorBody {
  error: { code: string; message: string; fields?: FieldErrors };
}

export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    /** A key of shared/messages.ts for API errors, or `network` / `http_<status>` when the body had none. */
    readonly code: string,
    message: string,
    readonly fields?: FieldErrors,
  ) {
    super(message);
  }
}

const networkMessage: Record<Lang, string> = {
  'zh-CN': '无法连接服务器，请检查网络后重试。',
  en: 'Could not reach the server. Check the network and try again.',
};
const unexpectedMessage: Record<Lang, string> = {
  'zh-CN': '服务器返回了意外的响应（HTTP {status}）。',
  en: 'The server gave an unexpected response (HTTP {status}).',
};

export function networkError(lang: Lang): ApiError {
  return new ApiError(0, 'network', networkMessage[lang]);
}

function isErrorBody(value: unknown): value is ApiErrorBody {
  const error = (value as ApiErrorBody | null)?.error;
  return typeof error?.code === 'string' && typeof error.message === 'string';
}

/** Turns a failed response into an ApiError, whether or not its body follows the contract. */
export async function toApiError(res: Response, lang: Lang): Promise<ApiError> {
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (isErrorBody(body)) return new ApiError(res.status, body.error.code, body.error.message, body.error.fields);
  return new ApiError(res.status, `http_${res.status}`, unexpectedMessage[lang].replace('{status}', String(res.status)));
}
