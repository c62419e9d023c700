import type { Lang } from '#shared/messages';
import { opinionExportMaxRows, opinionExportRow } from '#shared/opinions/opinion-export';
import type { Opinion, OpinionListQuery } from '#shared/schemas/opinion.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import { buildOpinionExport } from '#core/xlsx/opinion-workbook';
import type { OpinionDeps } from '../deps';
import { listOpinions } from './opinions';

/**
 * The register under the list's filters as an .xlsx (第三条〔四〕): pages through the same Query as GET /opinions
 * (a unit user's own unit only), refusing more than the export limit (413: narrow the filter), in the
 * caller's language, with a sheet saying who exported what and when.
 */
export async function exportOpinions(deps: OpinionDeps, query: OpinionListQuery, principal: Principal, lang: Lang) {
  const rows: Opinion[] = [];
  let cursor: string | undefined;
  do {
    const page = await listOpinions(deps, { ...query, limit: 100, ...(cursor ? { cursor } : { cursor: undefined }) }, principal);
    rows.push(...page.items);
    if (rows.length > opinionExportMaxRows) throw new DomainError('too_large', 'export_too_large', { params: { max: String(opinionExportMaxRows) } });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const now = deps.now();
  const today = shanghaiDate(now);
  const units = await deps.units.list();
  const filters = Object.fromEntries(Object.entries({ status: query.status, source: query.source, unitId: query.unitId, overdue: query.overdue }).filter(([, v]) => v)) as Record<string, string>;
  const data = await buildOpinionExport(
    rows.map((o) => opinionExportRow(o, units, lang, today)),
    { exportedBy: principal.name, exportedAt: now.toISOString(), filters, rowCount: rows.length },
    lang,
  );
  return { data, rowCount: rows.length, fileName: `opinions-${today}.xlsx` };
}
