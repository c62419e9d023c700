import { parseOrderRow, type OrderCells } from '#shared/imports/order-row';
import { routes } from '#shared/routes';
import { orderEventKey, type OrderEvent } from '#shared/schemas/order-event.schema';
import type { RowOutcome, RowReport } from '#shared/schemas/import.schema';
import { DomainError } from '#core/errors';
import { logger } from '#core/logger';
import { applyOrderEvent } from '../../orders/use-cases/apply-order-event';
import { retierCustomer } from '../../tiers/use-cases/retier-customer';
import type { ImportDeps } from '../deps';
import { importPrincipal } from './import-principal';
import { forEachSettled } from './settled-batch';
import { byRow, countRow, emptyCounts, type Importer, type StoredRow } from './importer';

const inFlight = 8;

/**
 * The delivery id a row is applied under: stable across retries of its step, so a retried row is
 * recognised as this import's own, and distinct per import, so importing the same file again is a
 * repeat of the same business events (orderId + type + refundId) — counted once, changing nothing.
 */
export const deliveryIdOf = (importId: string, row: number) => `import-${importId}-row-${row}`;

/**
 * Historic orders from a spreadsheet (issue 4, R4): each row is the order event the webhook would have
 * received, applied through the same rules (apply-order-event.ts): once per business event, to the
 * customer named by id or credit code, kept for Sales when the customer is unknown; every customer
 * whose totals moved is re-tiered after its chunk.
 */
export const orderImporter: Importer = {
  kind: 'orders',
  // Whoever may download a kind's template may import it: one list, in the route table.
  roles: routes['GET /order-events/import-template'].roles,

  inFileKeys(cells) {
    const { event } = parseOrderRow(cells as OrderCells);
    return event ? { unique: orderEventKey(event) } : {};
  },

  async validate(deps, _job, rows) {
    const counts = emptyCounts();
    const reports: RowReport[] = [];
    await forEachSettled(rows, inFlight, async (r) => {
      const { event, issues } = parseOrderRow(r.cells as OrderCells);
      let duplicateOf: RowReport['duplicateOf'];
      if (event) {
        const eventKey = orderEventKey(event);
        if (r.dupOfRow) {
          issues.push({ column: 'orderId', severity: 'warning', code: 'import.orderDuplicateInFile', params: { row: String(r.dupOfRow) } });
          duplicateOf = { eventKey };
        } else if (await deps.orders.get(eventKey)) {
          issues.push({ column: 'orderId', severity: 'warning', code: 'import.orderAlreadyCounted' });
          duplicateOf = { eventKey };
        }
        if (!duplicateOf && !(await knownCustomer(deps, event))) {
          issues.push({ column: event.data.customer.id ? 'customerId' : 'creditCode', severity: 'warning', code: 'import.orderUnknownCustomer' });
        }
      }
      countRow(counts, { issues, duplicate: duplicateOf !== undefined });
      if (issues.length) reports.push({ row: r.row, issues: issues.slice(0, 8), ...(duplicateOf ? { duplicateOf } : {}) });
    });
    return { reports: reports.sort(byRow), counts };
  },

  async commit(deps, job, rows) {
    const outcomes: RowOutcome[] = [];
    const touched = new Set<string>();
    await forEachSettled(rows, inFlight, async (r) => {
      const outcome = await commitRow(deps, job.id, r);
      if (outcome.outcome === 'applied' && outcome.customerId) touched.add(outcome.customerId);
      outcomes.push(outcome);
    });
    // Re-tier after the chunk, once per customer rather than once per order; a customer written too
    // busily catches up tonight, as after a webhook delivery.
    const by = importPrincipal(job).id;
    await forEachSettled([...touched], inFlight, async (customerId) => {
      try {
        await retierCustomer(deps, customerId, { source: 'import', by, runId: job.id });
      } catch (error) {
        if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
        logger.warn('re-tier deferred after repeated write conflicts', { customerId, importId: job.id });
      }
    });
    return outcomes.sort(byRow);
  },

  async reconcile(deps, job, rows) {
    const outcomes: RowOutcome[] = [];
    await forEachSettled(rows, inFlight, async (r) => {
      const { event } = parseOrderRow(r.cells as OrderCells);
      if (!event) return void outcomes.push({ row: r.row, outcome: 'invalid', reason: { code: 'import.rowHasErrors' } });
      const stored = await deps.orders.get(orderEventKey(event));
      if (!stored) return void outcomes.push({ row: r.row, outcome: 'failed', reason: { code: 'import.notLanded' } });
      outcomes.push(ownOrOther(r.row, stored, deliveryIdOf(job.id, r.row)));
    });
    return outcomes.sort(byRow);
  },
};

/**
 * One row through the webhook's rules. A `duplicate` answer is looked at once more: if this row's own
 * delivery id recorded the event, an earlier attempt of this step applied it and the row is `applied`
 * (or `unmatched`); otherwise the event was counted before, by the order system or an earlier import.
 */
async function commitRow(deps: ImportDeps, importId: string, r: StoredRow): Promise<RowOutcome> {
  const { event } = parseOrderRow(r.cells as OrderCells);
  if (!event) return { row: r.row, outcome: 'invalid', reason: { code: 'import.rowHasErrors' } };
  if (r.dupOfRow) return { row: r.row, outcome: 'duplicate', reason: { code: 'import.orderDuplicateInFile', params: { row: String(r.dupOfRow) } } };
  const deliveryId = deliveryIdOf(importId, r.row);
  const { outcome, customerId } = await applyOrderEvent(deps, event, deliveryId);
  if (outcome !== 'duplicate') return { row: r.row, outcome, ...(customerId ? { customerId } : {}) };
  const stored = await deps.orders.get(orderEventKey(event));
  return stored ? ownOrOther(r.row, stored, deliveryId) : { row: r.row, outcome: 'duplicate', reason: { code: 'import.orderAlreadyCounted' } };
}

/** A stored event: this row's own (recorded under its delivery id) or counted before by someone else. */
function ownOrOther(row: number, stored: { status: string; customerId?: string; webhookId: string }, deliveryId: string): RowOutcome {
  const customer = stored.customerId ? { customerId: stored.customerId } : {};
  if (stored.webhookId !== deliveryId) return { row, outcome: 'duplicate', ...customer, reason: { code: 'import.orderAlreadyCounted' } };
  return { row, outcome: stored.status === 'applied' ? 'applied' : 'unmatched', ...customer };
}

/** Whether the event names a customer we have (by id, else by credit code), as the apply step would find it. */
async function knownCustomer(deps: ImportDeps, event: OrderEvent): Promise<boolean> {
  const { id, creditCode } = event.data.customer;
  if (id && (await deps.customers.get(id))) return true;
  return creditCode ? (await deps.customers.findByCreditCode(creditCode)) !== undefined : false;
}
