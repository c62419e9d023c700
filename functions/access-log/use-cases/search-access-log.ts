import type { AccessLogEntry, AccessLogExportQuery, AccessLogQuery } from '#shared/schemas/access-log.schema';
import type { AccessLogRepository, AccessLogSearch } from '#core/repositories/access-log.repository';

/** The first instant of a Shanghai calendar day, as the ISO string the log's sort keys start with. */
const shanghaiDayStart = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** The request's filters as the repository reads them: Shanghai dates become instants, `to` inclusive. */
export function accessLogSearchOf(query: AccessLogExportQuery): AccessLogSearch {
  return {
    customerId: query.customerId,
    userId: query.userId,
    from: query.from ? shanghaiDayStart(query.from) : undefined,
    before: query.to ? shanghaiDayStart(nextDay(query.to)) : undefined,
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
