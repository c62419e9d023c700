import type { CustomerSummary } from '#shared/customer-view';
import { searchGroupSize, type SearchRequestHit, type SearchResults, type SearchVisitHit } from '#shared/schemas/search.schema';
import type { Customer } from '#shared/schemas/customer.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { visitVisible } from '#shared/reception/visit-actions';
import { canSee } from '#shared/service/request-state';
import type { UnitId } from '#shared/units';
import { keys } from '#core/keys';
import type { Principal } from '#core/principal';
import type { ListPlan } from '#core/repositories/customer-finder.repository';
import { contactPhones } from '#core/repositories/customer-search-items';
import { contactNameKey } from '#core/search/contact-entries';
import { listCustomers, scopeUnits } from '../../customers/use-cases/list-customers';
import { summaryFor } from '../../customers/use-cases/summary';
import type { SearchDeps } from '../deps';

/** A request number as the SPA shows it: the request's id (a ULID), in any letter case. */
const requestNumber = /^[0-9A-HJKMNP-TV-Z]{26}$/i;

/**
 * The header search (GET /search): one box for what the caller may see.
 * 1. customers, as the customer list finds them (name part, credit code, whole phone) plus by the last
 *    four digits of a contact's phone and by a contact's name (functions/core/search/contact-entries.ts),
 *    all within the caller's units, every candidate checked against the record itself;
 * 2. service requests by number (their id), and those of the customers found;
 * 3. visits of the customers found.
 * Queries and key lookups only, never a Scan; customers come as list summaries (no contacts, confidential
 * sections withheld for VIP and key), requests and visits only where their own rules let the caller see them.
 */
export async function searchEverything(deps: SearchDeps, q: string, principal: Principal): Promise<SearchResults> {
  const units = scopeUnits(principal, undefined, await deps.units.codes());
  const customers = units.length ? await findCustomers(deps, q, units, principal) : [];
  const [serviceRequests, visits] = await Promise.all([findRequests(deps, q, customers, principal), findVisits(deps, customers, principal)]);
  return { customers, serviceRequests, visits };
}

async function findCustomers(deps: SearchDeps, q: string, units: UnitId[], principal: Principal): Promise<CustomerSummary[]> {
  const limit = searchGroupSize;
  const inScope = (c: Customer) => !c.deletedAt && units.includes(c.unitId);
  const digits = q.replace(/\s+/g, '');
  const contactName = contactNameKey(q);
  const page = (plan: ListPlan) => deps.finder.page(plan, { limit }).then((p) => p.items.map((c) => summaryFor(c, principal)));
  const none = Promise.resolve([] as CustomerSummary[]);
  const found = await Promise.all([
    // The customer list's own search: part of the name, a whole phone, or an exact credit code.
    listCustomers(deps, { q, limit, sort: 'name' }, principal).then((p) => p.items),
    /^\d{4}$/.test(digits)
      ? page(entries(units.map((u) => keys.searchPartitions.phoneLastFour(u, digits)), (c) => inScope(c) && contactPhones(c).some((p) => p.endsWith(digits))))
      : none,
    contactName && Array.from(contactName).length >= 2
      ? page(entries(units.map((u) => keys.searchPartitions.contactName(u, contactName)), (c) => inScope(c) && c.contacts.some((x) => contactNameKey(x.name) === contactName)))
      : none,
  ]);
  const seen = new Set<string>();
  return found.flat().filter((c) => !seen.has(c.id) && !!seen.add(c.id)).slice(0, limit);
}

/** Search entries across the caller's units, each customer accepted only as its record says. */
function entries(streams: ListPlan['query']['streams'], accept: (c: Customer) => boolean): ListPlan {
  return { kind: 'entries', query: { streams, descending: false }, accept, narrow: false };
}

async function findRequests(deps: SearchDeps, q: string, customers: CustomerSummary[], principal: Principal): Promise<SearchRequestHit[]> {
  const found: ServiceRequest[] = [];
  if (requestNumber.test(q)) {
    const r = await deps.requests.get(q.toUpperCase());
    if (r) found.push(r);
  }
  const ofCustomers = await Promise.all(
    customers.slice(0, 3).map((c) => deps.requests.list(keys.serviceRequestPartitions.customer(c.id), undefined, { limit: searchGroupSize })),
  );
  for (const page of ofCustomers) found.push(...page.items);
  const seen = new Set<string>();
  return found
    .filter((r) => canSee(r, principal) && !seen.has(r.id) && !!seen.add(r.id))
    .slice(0, searchGroupSize)
    .map((r) => ({ id: r.id, customerId: r.customerId, customerName: r.customerName, kind: r.kind, status: r.status, createdAt: r.createdAt }));
}

async function findVisits(deps: SearchDeps, customers: CustomerSummary[], principal: Principal): Promise<SearchVisitHit[]> {
  const pages = await Promise.all(customers.slice(0, 3).map((c) => deps.visits.forCustomer(c.id, { limit: searchGroupSize })));
  return pages
    .flatMap((p) => p.items)
    .filter((v) => visitVisible(v, principal))
    .slice(0, searchGroupSize)
    .map((v) => ({ id: v.id, customerId: v.customerId, customerName: v.customerName, arrivalAt: v.arrivalAt, status: v.status }));
}
