import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { AccessLogParams } from '../../api/archive.api';

/** The access log's filters, kept in the URL so a link (from a customer's page) can open it filtered. */
export interface AccessLogFilters {
  customerId: string;
  /** Shown in the customer picker without reading the customer (a reading would itself be logged). */
  customerName: string;
  userId: string;
  /** Shanghai dates `YYYY-MM-DD`, both inclusive; empty when not set. */
  from: string;
  to: string;
}

const one = (v: LocationQuery[string] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

export function accessLogFiltersFromQuery(query: LocationQuery): AccessLogFilters {
  const from = one(query.from);
  const to = one(query.to);
  const customerId = one(query.customerId);
  return {
    customerId,
    customerName: customerId ? one(query.customerName) : '',
    userId: one(query.userId),
    from: isDay(from) ? from : '',
    to: isDay(to) ? to : '',
  };
}

export function queryFromAccessLogFilters(f: AccessLogFilters): LocationQueryRaw {
  return Object.fromEntries(
    Object.entries({
      customerId: f.customerId,
      customerName: f.customerId ? f.customerName : '',
      userId: f.userId,
      from: f.from,
      to: f.to,
    }).filter(([, v]) => v !== ''),
  );
}

/** The API query; a range given backwards is put the right way round rather than refused. */
export function paramsFromAccessLogFilters(f: AccessLogFilters): AccessLogParams {
  const [from, to] = f.from && f.to && f.from > f.to ? [f.to, f.from] : [f.from, f.to];
  return {
    customerId: f.customerId || undefined,
    userId: f.userId || undefined,
    from: from || undefined,
    to: to || undefined,
  };
}
