import { dataScope, inScope, type DataScope, type Principal } from '#core/principal';
import { DomainError } from '#core/errors';
import { companyNameCore } from '#shared/company-name';
import { sameCompanyLookupPrefix } from '#shared/imports/name-prefix';
import { parseCustomerRow, type CustomerCells } from '#shared/imports/customer-row';
import { hasErrors, type RowIssue } from '#shared/imports/row-report';
import { normalizeCreditCode } from '#shared/credit-code';
import { routes } from '#shared/routes';
import type { UnitLabel } from '#shared/units';
import type { Customer, CustomerCreateInput, CustomerPatchInput } from '#shared/schemas/customer.schema';
import type { DuplicateMode, RowOutcome, RowReport } from '#shared/schemas/import.schema';
import { createCustomer } from '../../customers/use-cases/create-customer';
import { checkPlacement, type PlacementDeps } from '../../customers/use-cases/placement';
import { updateCustomer } from '../../customers/use-cases/update-customer';
import type { ImportDeps } from '../deps';
import { CachedStaffRepository } from './cached-staff';
import { importPrincipal } from './import-principal';
import { forEachSettled } from './settled-batch';
import { byRow, countRow, emptyCounts, type Importer, type StoredRow } from './importer';
import { reasonOf } from './row-reason';

/** The administrator's credit grades and the active units, read once per step (a step's rows are judged by one setting). */
const rowRules = async (deps: ImportDeps): Promise<RowRules> => ({
  grades: (await deps.tierSettings.get()).settings.creditGrades,
  units: await deps.units.active(),
});
interface RowRules {
  grades: readonly string[];
  units: readonly UnitLabel[];
}
const parseRow = (r: StoredRow, rules: RowRules) => parseCustomerRow(r.cells as CustomerCells, rules.grades, rules.units);

/** Rows checked or written at once: quick, without bursting past what on-demand capacity absorbs at once. */
const inFlight = 16;

/**
 * Customers from a spreadsheet (issue 3), each row through the same rules as POST /customers: the
 * create schema, placement (unit and owner), one live customer per credit code. Duplicates of an
 * existing customer are skipped or update it, as the importer chooses at commit.
 */
export const customerImporter: Importer = {
  kind: 'customers',
  // Whoever may download a kind's template may import it: one list, in the route table.
  roles: routes['GET /customers/import-template'].roles,

  inFileKeys(cells) {
    const code = cells.creditCode ? normalizeCreditCode(cells.creditCode.normalize('NFKC')) : '';
    const name = cells.name?.trim() ?? '';
    return { ...(code ? { unique: code } : {}), ...(name ? { similar: companyNameCore(name), name } : {}) };
  },

  async validate(deps, job, rows) {
    const principal = importPrincipal(job);
    const scope = dataScope(principal);
    const staff = new CachedStaffRepository(deps.staff);
    const counts = emptyCounts();
    const reports: RowReport[] = [];
    const rules = await rowRules(deps);
    const parsed = rows.map((r) => ({ r, ...parseRow(r, rules) }));
    const holders = await deps.batch.byCreditCodes(parsed.flatMap((p) => (p.input ? [p.input.creditCode] : [])));
    await forEachSettled(parsed, inFlight, async ({ r, input, issues }) => {
      if (r.dupOfRow) issues.push({ column: 'creditCode', severity: 'error', code: 'import.duplicateInFile', params: { row: String(r.dupOfRow) } });
      if (r.similarTo) issues.push({ column: 'name', severity: 'warning', code: 'import.similarInFile', params: { row: String(r.similarTo.row), name: r.similarTo.name } });
      let duplicateOf: RowReport['duplicateOf'];
      if (input) {
        issues.push(...(await placementIssues({ staff, units: deps.units }, principal, input)));
        if (!r.dupOfRow) {
          const existing = holders.get(input.creditCode);
          const issue = existing && existingIssue(existing, scope);
          if (issue) issues.push(issue);
          if (existing && !existing.deletedAt && inScope(scope, existing)) duplicateOf = { customerId: existing.id, name: existing.name };
        }
        const similar = await similarExisting(deps, input.name, scope, duplicateOf?.customerId);
        if (similar) issues.push({ column: 'name', severity: 'warning', code: 'import.similarExisting', params: { name: similar } });
      }
      countRow(counts, { issues, duplicate: duplicateOf !== undefined });
      if (issues.length || duplicateOf) reports.push({ row: r.row, issues: issues.slice(0, 8), ...(duplicateOf ? { duplicateOf } : {}) });
    });
    return { reports: reports.sort(byRow), counts };
  },

  async commit(deps, job, rows, mode) {
    const principal = importPrincipal(job);
    const rowDeps = { ...deps, staff: new CachedStaffRepository(deps.staff) };
    const rules = await rowRules(deps);
    const codes = rows.flatMap((r) => parseRow(r, rules).input?.creditCode ?? []);
    const holders = await deps.batch.byCreditCodes(codes);
    const outcomes: RowOutcome[] = [];
    await forEachSettled(rows, inFlight, async (r) => {
      outcomes.push(await commitRow(rowDeps, principal, r, mode, holders, rules));
    });
    return outcomes.sort(byRow);
  },

  async reconcile(deps, job, rows, mode) {
    const principal = importPrincipal(job);
    const rules = await rowRules(deps);
    const outcomes: RowOutcome[] = [];
    await forEachSettled(rows, inFlight, async (r) => {
      const { input, issues } = parseRow(r, rules);
      if (!input || hasErrors(issues) || r.dupOfRow) return void outcomes.push({ row: r.row, outcome: 'invalid', reason: { code: 'import.rowHasErrors' } });
      const existing = await deps.customers.findByCreditCode(input.creditCode);
      if (existing?.id === r.reservedId) return void outcomes.push({ row: r.row, outcome: 'created', customerId: existing.id });
      if (existing && mode === 'update' && inScope(dataScope(principal), existing)) {
        const merged = { ...existing, ...updatePatch(input, existing) };
        if (JSON.stringify(merged) === JSON.stringify(existing)) return void outcomes.push({ row: r.row, outcome: 'updated', customerId: existing.id });
      }
      if (existing && mode === 'skip') return void outcomes.push({ row: r.row, outcome: 'skipped', customerId: existing.id, reason: { code: 'import.duplicateExisting', params: { name: existing.name } } });
      outcomes.push({ row: r.row, outcome: 'failed', reason: { code: 'import.notLanded' } });
    });
    return outcomes.sort(byRow);
  },
};

/**
 * One row, written as the importer would write it by hand:
 * 1. a row with errors, or repeating an earlier row's code, is not written (`invalid`);
 * 2. a code already held: by this very row on an earlier attempt of the step (its reserved id) it is
 *    `created`; by a customer in the bin or another unit it `failed`; otherwise `skipped`, or updated
 *    through the edit use case (`updated`, or `unchanged` when the row says nothing new);
 * 3. a new code: created through the create use case with the row's reserved id.
 */
async function commitRow(
  deps: ImportDeps,
  principal: Principal,
  r: StoredRow,
  mode: DuplicateMode,
  holders: Map<string, Customer>,
  rules: RowRules,
): Promise<RowOutcome> {
  const { input, issues } = parseRow(r, rules);
  if (!input || hasErrors(issues)) return { row: r.row, outcome: 'invalid', reason: { code: 'import.rowHasErrors' } };
  if (r.dupOfRow) return { row: r.row, outcome: 'invalid', reason: { code: 'import.duplicateInFile', params: { row: String(r.dupOfRow) } } };
  const scope = dataScope(principal);
  // Read for the whole chunk before it is written: a code taken meanwhile fails the create, reported as such.
  const existing = holders.get(input.creditCode);
  if (existing?.id === r.reservedId) return { row: r.row, outcome: 'created', customerId: existing.id };
  if (existing) {
    const refused = existingIssue(existing, scope);
    if (refused?.severity === 'error') return { row: r.row, outcome: 'failed', reason: { code: refused.code!, ...(refused.params ? { params: refused.params } : {}) } };
    if (mode === 'skip') return { row: r.row, outcome: 'skipped', customerId: existing.id, reason: { code: 'import.duplicateExisting', params: { name: existing.name } } };
    return updateRow(deps, principal, r, input, existing);
  }
  try {
    const created = await createCustomer({ ...deps, newId: () => r.reservedId }, input, principal);
    return { row: r.row, outcome: 'created', customerId: created.id };
  } catch (error) {
    // The reserved id already taken means an earlier attempt of this step created it (then lost its answer).
    if (error instanceof DomainError && error.code === 'conflict' && (await deps.customers.get(r.reservedId))) {
      return { row: r.row, outcome: 'created', customerId: r.reservedId };
    }
    // A row the rules refuse (placement: unit, owner) is the row's fault, as in the dry run; anything else failed.
    return { row: r.row, outcome: error instanceof DomainError && error.kind === 'invalid' ? 'invalid' : 'failed', reason: reasonOf(error) };
  }
}

async function updateRow(deps: ImportDeps, principal: Principal, r: StoredRow, input: CustomerCreateInput, first: Customer): Promise<RowOutcome> {
  let existing = first;
  for (let attempt = 0; ; attempt++) {
    try {
      const after = await updateCustomer(deps, existing.id, updatePatch(input, existing), existing.version, principal);
      return { row: r.row, outcome: after.version === existing.version ? 'unchanged' : 'updated', customerId: existing.id };
    } catch (error) {
      // Someone edited it meanwhile: read it again and apply the row to what is there now, once.
      if (error instanceof DomainError && error.kind === 'precondition_failed' && attempt === 0) {
        const fresh = await deps.customers.get(existing.id);
        if (fresh) {
          existing = fresh;
          continue;
        }
      }
      return { row: r.row, outcome: 'failed', customerId: existing.id, reason: reasonOf(error) };
    }
  }
}

/**
 * What a row changes on the customer it duplicates: the fields it fills. Its contact becomes the primary
 * contact (replacing the old primary, keeping the others); empty notes leave the notes alone; unit and
 * owner change only when the row names them.
 */
export function updatePatch(input: CustomerCreateInput, existing: Customer): CustomerPatchInput {
  const primary = input.contacts[0];
  return {
    name: input.name,
    kind: input.kind,
    creditRating: input.creditRating,
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.ownerId ? { ownerId: input.ownerId } : {}),
    ...(input.notes ? { notes: input.notes } : {}),
    // A blank cell keeps what the archive holds; a filled one replaces it.
    ...(input.legalRepresentative ? { legalRepresentative: input.legalRepresentative } : {}),
    ...(input.registeredAddress ? { registeredAddress: input.registeredAddress } : {}),
    ...(input.region ? { region: input.region } : {}),
    ...(primary ? { contacts: [primary, ...existing.contacts.filter((c) => !c.primary)].slice(0, 20) } : {}),
  };
}

/** A credit code already held: in the bin or in another unit it cannot be imported; in scope it is a duplicate to skip or update. */
function existingIssue(existing: Customer, scope: DataScope): RowIssue | undefined {
  if (existing.deletedAt) return { column: 'creditCode', severity: 'error', code: 'import.duplicateInBin', params: { name: existing.name } };
  if (!inScope(scope, existing)) return { column: 'creditCode', severity: 'error', code: 'import.duplicateElsewhere' };
  return { column: 'creditCode', severity: 'warning', code: 'import.duplicateExisting', params: { name: existing.name } };
}

/** The placement rules of a single create (unit and owner), as issues on the row's columns. */
async function placementIssues(deps: PlacementDeps, principal: Principal, input: CustomerCreateInput): Promise<RowIssue[]> {
  try {
    await checkPlacement(deps, principal, { unitId: input.unitId, ownerId: input.ownerId });
    return [];
  } catch (error) {
    if (!(error instanceof DomainError) || !error.options.fields) throw error;
    return Object.entries(error.options.fields).map(([column, code]) => ({ column, severity: 'error' as const, code: code as RowIssue['code'] }));
  }
}

/**
 * An existing customer in the importer's scope with (very likely) the same company name — with or
 * without 有限公司, full-width or half-width brackets — by the rule a single create warns with
 * (shared/company-name.ts). Candidates come from one cheap Query by a prefix every such name shares.
 */
async function similarExisting(deps: ImportDeps, name: string, scope: DataScope, except?: string): Promise<string | undefined> {
  const prefix = sameCompanyLookupPrefix(name);
  if (!prefix) return undefined;
  const core = companyNameCore(name);
  const candidates = await deps.names.startingWith(prefix);
  return candidates.find((c) => c.id !== except && inScope(scope, c) && companyNameCore(c.name) === core)?.name;
}
