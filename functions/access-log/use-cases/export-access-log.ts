import { accessLogExportMaxRows, accessLogExportRow } from '#shared/access-log-export';
import type { Lang } from '#shared/messages';
import { exportLogCustomerId, type AccessLogEntry, type AccessLogExportQuery } from '#shared/schemas/access-log.schema';
import { shanghaiDateTime } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { AccessLogRepository } from '#core/repositories/access-log.repository';
import type { UnitRepository } from '#core/repositories/unit.repository';
import { buildAccessLogExport } from '#core/xlsx/access-log-workbook';
import { accessLogSearchOf } from './search-access-log';

/** Entries read per Query page; a page of the log is a few hundred bytes an entry. */
const pageSize = 1000;

export interface ExportAccessLogDeps {
  accessLog: AccessLogRepository;
  /** The readers' units are named in the file. */
  units: Pick<UnitRepository, 'list'>;
  now: () => Date;
  newId: () => string;
}

/**
 * Exports the access log under the search's filters to Excel (R2: Sales heads, the office and admins
 * "can search it … and export it"):
 * 1. pages through the same search as GET /access-log (one Query per filter, newest first), refusing a
 *    result larger than the export limit (413: narrow the filter);
 * 2. appends its own entry to the log (who, when, filter, row count) before any file is returned — the
 *    log says who read which customer and why, so a copy of it is itself a reading worth recording;
 * 3. builds the workbook in the caller's language, with a sheet restating who exported what.
 * The log itself is only read and appended to: nothing here changes an entry.
 */
export async function exportAccessLog(
  deps: ExportAccessLogDeps,
  query: AccessLogExportQuery,
  principal: Principal,
  lang: Lang,
): Promise<{ data: Buffer; rowCount: number; fileName: string }> {
  const search = accessLogSearchOf(query);
  const entries: AccessLogEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.accessLog.search(search, { limit: pageSize, cursor });
    entries.push(...page.items);
    if (entries.length > accessLogExportMaxRows) {
      throw new DomainError('too_large', 'export_too_large', { params: { max: String(accessLogExportMaxRows) } });
    }
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const now = deps.now();
  const filters = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  await deps.accessLog.append({
    id: deps.newId(),
    at: now.toISOString(),
    action: 'log-export',
    customerId: exportLogCustomerId,
    customerName: '',
    reader: { id: principal.id, name: principal.name, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) },
    sections: [],
    maskedSections: [],
    contactDetailsMasked: false,
    rowCount: entries.length,
    filters,
  });

  const units = await deps.units.list();
  const data = await buildAccessLogExport(
    entries.map((e) => accessLogExportRow(e, lang, units)),
    { exportedBy: `${principal.name} (${principal.id})`, exportedAt: shanghaiDateTime(now), filters, rowCount: entries.length },
    lang,
  );
  const stamp = shanghaiDateTime(now).slice(0, 16).replace(/[-: ]/g, '');
  return { data, rowCount: entries.length, fileName: `${lang === 'en' ? 'access-log' : '档案查阅记录'}-${stamp}.xlsx` };
}
