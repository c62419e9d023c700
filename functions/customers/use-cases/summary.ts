import { archiveVisibility } from '#shared/archive-access';
import { customerSummary, type CustomerSummary } from '#shared/customer-view';
import type { Customer } from '#shared/schemas/customer.schema';
import type { Principal } from '#core/principal';

/**
 * A customer as lists and write responses show it: no contacts, and a VIP or key customer's confidential
 * sections withheld. Only GET /customers/{id} shows more, and that reading is logged (R2).
 */
export function summaryFor(customer: Customer, principal: Principal): CustomerSummary {
  return customerSummary(customer, archiveVisibility(customer, principal));
}
