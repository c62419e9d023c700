import { importKinds, type ImportKind } from '#shared/imports/columns';
import type { Role } from '#shared/roles';
import type { DuplicateMode, ValidationCounts } from '#shared/schemas/import.schema';
import { templateRoutes } from '../../api/imports.api';
import { canCall } from '../../router/permissions';

/**
 * The kinds this role may import, in the order the page offers them. POST /imports admits every
 * importer and start-import narrows it per kind (each importer's `roles`); the route table says the
 * same per kind through the template routes, so a kind is offered to exactly the roles allowed its
 * template. test/web/import-kinds.test.ts fails if the two ever differ.
 */
export function importableKinds(role: Role | undefined): ImportKind[] {
  return importKinds.filter((kind) => canCall(role, templateRoutes[kind]));
}

/**
 * Whether the commit's skip-or-update choice means anything. For orders it does not: an order event
 * already counted (by the order system or an earlier import) is never counted again (R4), and the
 * order importer ignores the choice.
 */
export function hasDuplicateChoice(kind: ImportKind): boolean {
  return kind === 'customers';
}

/**
 * Rows a commit will write: those without an error that duplicate nothing (`ok` already includes the
 * rows with only warnings), plus the duplicates when they update existing customers.
 */
export function importableRows(kind: ImportKind, counts: ValidationCounts, mode: DuplicateMode): number {
  return counts.ok + (hasDuplicateChoice(kind) && mode === 'update' ? counts.duplicates : 0);
}

/** The i18n keys of what the page says differently per kind. */
export const kindTexts: Record<ImportKind, { title: string; templateFileName: string; countDuplicates: string }> = {
  customers: { title: 'imports.title', templateFileName: 'imports.templateFileName', countDuplicates: 'imports.countDuplicates' },
  orders: { title: 'importKind.ordersTitle', templateFileName: 'importKind.ordersTemplateFileName', countDuplicates: 'importKind.ordersDuplicates' },
};
