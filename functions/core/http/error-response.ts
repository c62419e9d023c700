import { contentDisposition } from '#shared/attachments';
import { isMessageCode, translate, type Lang } from '#shared/messages';
import { DomainError, type ErrorKind } from '../errors';
import { logger } from '../logger';

const statusOf: Record<ErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  too_large: 413,
  precondition_required: 428,
  unavailable: 503,
};

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}) {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

/** A file download: binary bodies travel base64-encoded through API Gateway (and the local server decodes them). */
export function fileResponse(status: number, file: { data: Buffer; contentType: string; fileName: string }, headers: Record<string, string> = {}) {
  return {
    statusCode: status,
    headers: { 'content-type': file.contentType, 'content-disposition': contentDisposition(file.fileName), ...headers },
    body: file.data.toString('base64'),
    isBase64Encoded: true,
  };
}

/** `{ error: { code, message, fields? } }` in the caller's language; unknown errors are logged and hidden. */
export function errorResponse(error: unknown, lang: Lang) {
  if (error instanceof DomainError) {
    const { fields, params } = error.options;
    const message = translate(error.code, lang, params);
    // Field values are either already translated (zod) or message codes, translated here.
    const named = fields
      ? Object.fromEntries(
          Object.entries(fields).map(([k, v]) => [k, isMessageCode(v) ? translate(v, lang, params) : v]),
        )
      : undefined;
    return jsonResponse(statusOf[error.kind], {
      error: { code: error.code, message, ...(named ? { fields: named } : {}) },
    });
  }
  logger.error('unhandled error', error as Error);
  return jsonResponse(500, { error: { code: 'internal', message: translate('internal', lang) } });
}
