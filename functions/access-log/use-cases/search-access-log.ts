import type { AccessLogEntry, AccessLogExportQuery, AccessLogQuery } from '#shared/schemas/access-log.schema';
import { shanghaiMidnight } from '#shared/shanghai-time';
import type { AccessLogRepository, AccessLogSearch } from '#core/repositories/access-log.repository';


/** The request's filters as the repository reads them: Shanghai dates become instants, `to` inclusive. */
export function accessLogSearchOf(query: AccessLogExportQuery): AccessLogSearch {
  return {
    customerId: query.customerId,
    userId: query.userId,
    from: query.from ? shanghaiMidnight(query.from) : undefined,
    before: query.to ? shanghaiMidnight(query.to, 1) : undefined,
  };
}

/**
 * Searches the archive access log (R2), newest first: by customer, by reader, by Shanghai dates
 * (`to` inclusive), or all of them. Each filter is one Query; the log itself is never changed here.
 */
export async function searchAccessLog(
  deps: { accessLog: AccessLogRepository },
  query: AccessLogQuery,
): Promise<{ items: AccessLogEntry[]; nextCursor: string | null }> {
  return deps.accessLog.search(accessLogSearchOf(query), { limit: query.limit, cursor: query.cursor });
}
