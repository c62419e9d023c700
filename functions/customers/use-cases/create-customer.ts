import type { Customer, CustomerCreateInput } from '#shared/schemas/customer.schema';
import type { Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { historyEntry } from './history-entry';
import { checkPlacement } from './placement';
import { withoutBlankLegalFields } from './legal-fields';
import { currentCreditGrade } from './credit-grade';

/**
 * Creates a customer:
 * 1. places it (the caller's unit for unit users, else the unit named) with an owner of that unit, and
 *    checks its credit grade against the administrator's grades;
 * 2. starts it as a reserve customer with no transactions — the nightly re-tiering sets the real tier;
 * 3. writes it while claiming its credit code, so a second customer with the same code is refused,
 *    and its first history entry in the same transaction.
 */
export async function createCustomer(deps: CustomerDeps, input: CustomerCreateInput, principal: Principal): Promise<Customer> {
  const placement = await checkPlacement(deps, principal, input);
  const creditRating = await currentCreditGrade(deps.tierSettings, input.creditRating);
  const now = deps.now().toISOString();
  const customer: Customer = withoutBlankLegalFields({
    id: deps.newId(),
    name: input.name,
    creditCode: input.creditCode,
    kind: input.kind,
    tier: 'reserve',
    annualAmountFen: 0,
    creditRating,
    ...placement,
    contacts: input.contacts,
    notes: input.notes,
    legalRepresentative: input.legalRepresentative,
    registeredAddress: input.registeredAddress,
    region: input.region,
    businessLicence: input.businessLicence,
    taxRegistration: input.taxRegistration,
    createdAt: now,
    updatedAt: now,
    createdBy: principal.id,
    updatedBy: principal.id,
    version: 1,
  });
  await deps.customers.create(customer, historyEntry('create', undefined, customer, principal));
  return customer;
}
