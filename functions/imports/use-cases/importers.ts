import type { ImportKind } from '#shared/imports/columns';
import { customerImporter } from './customer-importer';
import type { Importer } from './importer';
import { orderImporter } from './order-importer';

/** Each kind of import and what it does with its rows. */
export const importers: Record<ImportKind, Importer> = { customers: customerImporter, orders: orderImporter };
