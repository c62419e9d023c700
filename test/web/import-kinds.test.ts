import { describe, expect, it } from 'vitest';
import { importKinds } from '../../shared/imports/columns';
import { roles, type Role } from '../../shared/roles';
import { routes } from '../../shared/routes';
import { importers } from '../../functions/imports/use-cases/importers';
import { templatePath, templateRoutes } from '../../web/src/api/imports.api';
import { hasDuplicateChoice, importableKinds, importableRows } from '../../web/src/views/imports/import-kinds';

describe('which kinds of file the import page offers', () => {
  it('offers customers to the archive editors and historic orders to Sales heads and admins only', () => {
    const offered = Object.fromEntries(roles.map((r) => [r, importableKinds(r)]));
    expect(offered).toEqual({
      admin: ['customers', 'orders'],
      leadership: [],
      'sales-head': ['customers', 'orders'],
      office: [],
      finance: [],
      sales: ['customers'],
      'unit-head': ['customers'],
      'unit-staff': ['customers'],
    });
    expect(importableKinds(undefined)).toEqual([]);
  });

  it('offers each kind to exactly the roles the API lets start it (start-import checks the importer’s roles)', () => {
    for (const kind of importKinds) {
      const offeredTo = roles.filter((r) => importableKinds(r).includes(kind));
      expect([...importers[kind].roles].sort(), kind).toEqual([...offeredTo].sort());
      expect([...(routes[templateRoutes[kind]].roles as readonly Role[])].sort(), kind).toEqual([...offeredTo].sort());
    }
  });

  it('downloads each kind’s template from its own route', () => {
    expect(templatePath('customers')).toBe('/customers/import-template');
    expect(templatePath('orders')).toBe('/order-events/import-template');
    expect(routes[templateRoutes.customers].handler).toBe('imports/customer-template');
    expect(routes[templateRoutes.orders].handler).toBe('imports/order-template');
  });
});

describe('what the commit will write', () => {
  // The dry run of test/integration/order-import.test.ts: `ok` already counts the row with a warning.
  const counts = { rows: 8, ok: 4, warnings: 1, duplicates: 1, errors: 3 };

  it('counts rows without errors once, warnings included, and leaves duplicates out', () => {
    expect(importableRows('orders', counts, 'skip')).toBe(4);
    expect(importableRows('customers', counts, 'skip')).toBe(4);
  });

  it('adds duplicate customers when they are to be updated, but never an order event counted before', () => {
    expect(importableRows('customers', counts, 'update')).toBe(5);
    expect(importableRows('orders', counts, 'update')).toBe(4);
    expect(hasDuplicateChoice('customers')).toBe(true);
    expect(hasDuplicateChoice('orders')).toBe(false);
  });
});
