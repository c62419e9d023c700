import type { MiddlewareObj } from '@middy/core';
import type { Context } from 'aws-lambda';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import { logger } from './logger';

/**
 * Makes every log line of one invocation traceable: the Lambda context (function name, its request id,
 * cold start) and one `correlation_id` — the API Gateway request id for a route, the `webhook-id` of an
 * order delivery, the run id of a job. docs/operations.md "From a 5xx to the handler's log lines"
 * shows how the access log leads here. Keys are reset after each invocation, so no id leaks into the next.
 */
export function logContext<E>(correlationId: (event: E, context: Context) => string | undefined): MiddlewareObj<E, unknown> {
  const inject = injectLambdaContext(logger, { resetKeys: true }) as Required<Pick<MiddlewareObj<E, unknown>, 'before' | 'after' | 'onError'>>;
  return {
    before: async (request) => {
      // Tests and the local twin may invoke without a context: then there is none to add.
      if (request.context) await inject.before(request);
      const id = (request.event && correlationId(request.event, request.context)) || request.context?.awsRequestId;
      if (id) logger.setCorrelationId(id);
    },
    after: inject.after,
    onError: inject.onError,
  };
}
