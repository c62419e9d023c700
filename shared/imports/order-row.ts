import { normalizeCreditCode } from '../credit-code';
import { yuanToFen } from '../money';
import { orderEventSchema, type OrderEvent } from '../schemas/order-event.schema';
import type { OrderColumnKey } from './columns';
import { orderTypeFrom } from './labels';
import { hasErrors, issuesFromZod, type RowIssue } from './row-report';

export type OrderCells = Partial<Record<OrderColumnKey, string>>;

/**
 * An amount in yuan as typed (`12,800.50`, `¥12800.5`, `12800元`) in integer fen; undefined unless it is a
 * positive amount with at most two decimals. Refunds and cancellations are positive too: the event
 * type gives the sign, exactly as in the webhook.
 */
export function importedAmountFen(raw: string): number | undefined {
  const text = raw.normalize('NFKC').replace(/[\s¥元]|RMB|CNY/gi, '');
  try {
    const fen = yuanToFen(text);
    return fen > 0 ? fen : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A time as typed, as ISO-8601 with an offset. A time without an offset is Beijing time (the
 * company's and the order system's), a date alone is its midnight; impossible dates are refused.
 */
export function importedInstant(raw: string): string | undefined {
  const text = raw.normalize('NFKC').trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(text)) {
    return Number.isNaN(Date.parse(text)) ? undefined : text.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h = '0', mi = '0', s = '0'] = m.slice(1).map((v) => v ?? undefined) as string[];
  const parts = [Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s)] as const;
  const probe = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2], parts[3], parts[4], parts[5]));
  if (probe.getUTCMonth() !== parts[1] - 1 || probe.getUTCDate() !== parts[2] || parts[3] > 23 || parts[4] > 59 || parts[5] > 59) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${parts[0]}-${pad(parts[1])}-${pad(parts[2])}T${pad(parts[3])}:${pad(parts[4])}:${pad(parts[5])}+08:00`;
}

function columnOf(path: readonly PropertyKey[]): string {
  const last = String(path.at(-1) ?? '');
  if (last === 'amountFen') return 'amount';
  if (path.map(String).includes('customer')) return last === 'id' ? 'customerId' : 'creditCode';
  return ['orderId', 'refundId', 'occurredAt', 'type'].includes(last) ? last : '_row';
}

const present = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';

/**
 * Reads one spreadsheet row into the order event the webhook would have received (R4): the same
 * schema checks it, so a row is accepted exactly when the same event would be. Labels in Chinese or
 * English name the type; the amount in yuan becomes fen; times without an offset are Beijing time.
 */
export function parseOrderRow(cells: OrderCells): { event?: OrderEvent; issues: RowIssue[] } {
  const issues: RowIssue[] = [];
  for (const key of ['orderId', 'type', 'amount', 'occurredAt'] as const) {
    if (!present(cells[key])) issues.push({ column: key, severity: 'error', code: 'import.required' });
  }
  if (!present(cells.customerId) && !present(cells.creditCode)) issues.push({ column: 'customerId', severity: 'error', code: 'orders.customerRequired' });
  const type = present(cells.type) ? orderTypeFrom(cells.type) : undefined;
  if (present(cells.type) && !type) issues.push({ column: 'type', severity: 'error', code: 'import.orderType' });
  const amountFen = present(cells.amount) ? importedAmountFen(cells.amount) : undefined;
  if (present(cells.amount) && amountFen === undefined) issues.push({ column: 'amount', severity: 'error', code: 'import.amount' });
  const occurredAt = present(cells.occurredAt) ? importedInstant(cells.occurredAt) : undefined;
  if (present(cells.occurredAt) && !occurredAt) issues.push({ column: 'occurredAt', severity: 'error', code: 'import.dateTime' });
  if (hasErrors(issues)) return { issues };

  const candidate = {
    type: type!,
    timestamp: occurredAt!,
    data: {
      orderId: cells.orderId!.trim(),
      ...(present(cells.refundId) ? { refundId: cells.refundId.trim() } : {}),
      customer: {
        ...(present(cells.customerId) ? { id: cells.customerId.trim() } : {}),
        ...(present(cells.creditCode) ? { creditCode: normalizeCreditCode(cells.creditCode.normalize('NFKC')) } : {}),
      },
      amountFen: amountFen!,
      currency: 'CNY' as const,
      occurredAt: occurredAt!,
    },
  };
  const parsed = orderEventSchema.safeParse(candidate);
  if (!parsed.success) return { issues: issuesFromZod(parsed.error, columnOf) };
  return { event: parsed.data, issues };
}
