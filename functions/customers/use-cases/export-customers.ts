import { exportColumnsFor, exportMaxRows, exportRow, exportVisibility } from '#shared/customer-export';
import { exportLogCustomerId } from '#shared/schemas/access-log.schema';
import type { CustomerExportQuery } from '#shared/schemas/customer-export.schema';
import { shanghaiDateTime, shanghaiWallClock } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import type { Principal } from '#core/principal';
import type { CustomerBatchRepository } from '#core/repositories/customer-batch.repository';
import { buildCustomerExport } from '#core/xlsx/export-workbook';
import type { CustomerDeps } from '../deps';
import { listCustomers } from './list-customers';

/** The list's largest page. */
const pageSize = 100;

/**
 * Exports the customers of the current list filter to Excel (R2: exported by those allowed, honouring
 * data scope and masking):
 * 1. pages through the list use case itself (same filters, same scope, same order as GET /customers),
 *    refusing a result larger than the export limit (413: narrow the filter);
 * 2. reads each listed customer's full record (the list carries summaries only);
 * 3. decides per row what shows: without a purpose no confidential section of anyone (contacts, credit…);
 *    with one, the detail page's rules — contacts' phones and emails masked for roles without a need;
 * 4. logs the export (who, when, filter, purpose, row count) before any file is returned;
 * 5. builds the workbook, with a sheet restating who exported what and why.
 */
export async function exportCustomers(
  deps: Pick<CustomerDeps, 'customers' | 'finder' | 'accessLog' | 'units' | 'archiveSettings' | 'now' | 'newId'> & { batch: CustomerBatchRepository },
  query: CustomerExportQuery,
  principal: Principal,
  /** The export limit; a parameter so a test can reach it without 20,000 customers. */
  maxRows = exportMaxRows,
): Promise<{ data: Buffer; rowCount: number; fileName: string }> {
  const { purpose, ...filters } = query;
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCustomers(deps, { ...filters, limit: pageSize, cursor }, principal);
    ids.push(...page.items.map((c) => c.id));
    if (ids.length > maxRows) throw new DomainError('too_large', 'export_too_large', { params: { max: String(maxRows) } });
    cursor = page.nextCursor ?? undefined;
  } while (cursor);

  const customers = await deps.batch.getMany(ids);
  const units = await deps.units.list();
  const rows = customers.filter((c) => !c.deletedAt).map((c) => exportRow(c, exportVisibility(c, principal, purpose), units));
  const now = deps.now();
  const shownFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));

  await deps.accessLog.append({
    id: deps.newId(),
    at: now.toISOString(),
    action: 'export',
    customerId: exportLogCustomerId,
    customerName: '',
    reader: { id: principal.id, name: principal.name, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) },
    sections: purpose ? ['basic', 'contacts', 'credit'] : ['basic'],
    maskedSections: purpose ? [] : ['contacts', 'credit', 'licence', 'attachments'],
    contactDetailsMasked: false,
    ...(purpose ? { purpose } : {}),
    rowCount: rows.length,
    filters: shownFilters,
  });

  const data = await buildCustomerExport(exportColumnsFor(purpose), rows, {
    exportedBy: `${principal.name} (${principal.id})`,
    exportedAt: shanghaiDateTime(now),
    filters: shownFilters,
    purpose,
    rowCount: rows.length,
  });
  const stamp = shanghaiWallClock(now).replace(/[-: ]/g, '');
  return { data, rowCount: rows.length, fileName: `客户导出-${stamp}.xlsx` };
}
