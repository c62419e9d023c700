import { companyNameCore, hasIdentifyingCore } from '#shared/company-name';
import type { SimilarCustomer } from '#shared/schemas/customer-similar.schema';
import { dataScope, type Principal } from '#core/principal';
import type { CustomerDeps } from '../deps';
import { planList } from './list-plan';

/** Candidates read: enough that the same-name ones are among them even when many names contain the core. */
const candidates = 50;
const shown = 10;

/**
 * Existing customers whose names look like the same company (R2 near-duplicates), in the caller's scope:
 * 1. takes the name's core (shared/company-name.ts: widths, brackets, spaces and legal-form endings set
 *    aside); a name of legal-form words only (`有限公司`) identifies nobody, so nothing is returned;
 * 2. searches the name index for customers whose name contains the core (the core is a prefix of each
 *    such name's search form, so every same-core name is among them), one bounded page;
 * 3. puts same-core names first, then the others, at most ten, without contacts or any confidential section.
 */
export async function findSimilarCustomers(
  deps: Pick<CustomerDeps, 'finder' | 'units'>,
  name: string,
  principal: Principal,
  excludeId?: string,
): Promise<SimilarCustomer[]> {
  if (!hasIdentifyingCore(name)) return [];
  const core = companyNameCore(name);
  const scope = dataScope(principal);
  const plan = planList({
    units: scope.kind === 'unit' ? [scope.unitId] : await deps.units.codes(),
    allUnits: scope.kind === 'all',
    text: core,
    sort: 'name',
    descending: false,
  });
  const page = await deps.finder.page(plan, { limit: candidates });
  const found: SimilarCustomer[] = page.items
    .filter((c) => c.id !== excludeId)
    .map((c) => ({
      id: c.id,
      name: c.name,
      unitId: c.unitId,
      ownerId: c.ownerId,
      tier: c.tier,
      match: companyNameCore(c.name) === core ? 'same-name' : 'contains',
    }));
  // Stable: name order within each group.
  return [...found.filter((s) => s.match === 'same-name'), ...found.filter((s) => s.match === 'contains')].slice(0, shown);
}
