import { contentDisposition } from '#shared/attachments';
import { isMessageCode, translate, type Lang } from '#shared/messages';
import { DomainError, type ErrorKind } from '../errors';
import { logEvents } from '../log-events';
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

/**
 * `{ error: { code, message, fields? } }` in the caller's language. Anything but a DomainError becomes a
 * 500 whose cause is hidden from the caller and written as one ERROR line: the `HandlerErrors` metric
 * filter counts those lines (infra/constructs/crm-function.construct.ts), since a handled 500 leaves
 * Lambda's own Errors metric at zero (docs/operations.md "Alarms").
 */
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
  logger.error(logEvents.unhandledError, { error: error as Error, httpStatus: 500 });
  return jsonResponse(500, { error: { code: 'internal', message: translate('internal', lang) } });
}
