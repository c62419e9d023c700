import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerCreateInput } from '../../shared/schemas/customer.schema';
import { keys } from '../../functions/core/keys';
import { AccessLogRepository } from '../../functions/core/repositories/access-log.repository';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { deleteCustomer } from '../../functions/customers/use-cases/delete-customer';
import { reassignCustomers } from '../../functions/customers/use-cases/reassign-customers';
import { restoreCustomer } from '../../functions/customers/use-cases/restore-customer';
import { updateCustomer } from '../../functions/customers/use-cases/update-customer';
import { verifyCustomer } from '../../functions/customers/use-cases/verify-customer';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;

const input = (overrides: Partial<CustomerCreateInput> = {}): CustomerCreateInput => ({
  name: '无锡太湖新能源科技有限公司',
  creditCode: newCreditCode(),
  kind: 'main-business',
  creditRating: 'A',
  contacts: [{ name: '赵刚', phone: '13912345678' }],
  notes: '',
  ...overrides,
});

const allHistory = async (id: string) => (await deps.history.list(id, { limit: 100 })).items;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('the history of a customer', () => {
  it('keeps an entry for every change — create, edit, verify, delete, restore, reassign — newest first', async () => {
    const created = await createCustomer(deps, input(), callers.eastStaff);
    const edited = await updateCustomer(deps, created.id, { notes: '年度框架协议', creditRating: 'AA' }, 1, callers.eastHead);
    const verified = await verifyCustomer(deps, created.id, edited.version, callers.eastStaff);
    await deleteCustomer(deps, created.id, verified.version, callers.salesHead);
    await restoreCustomer(deps, created.id, callers.admin);
    await reassignCustomers(deps, { fromOwnerId: 'east.staff', toOwnerId: 'east.staff2', customerIds: [created.id] }, callers.salesHead);

    const history = await allHistory(created.id);
    expect(history.map((h) => [h.version, h.action, h.by.id])).toEqual([
      [6, 'reassign', 'sales.head'],
      [5, 'restore', 'admin'],
      [4, 'delete', 'sales.head'],
      [3, 'verify', 'east.staff'],
      [2, 'update', 'east.head'],
      [1, 'create', 'east.staff'],
    ]);
    const [reassign, restore, del, verify, update, create] = history;
    expect(update!.changes).toEqual([
      { field: 'creditRating', before: 'A', after: 'AA' },
      { field: 'notes', before: '', after: '年度框架协议' },
    ]);
    expect(update!.by).toEqual({ id: 'east.head', name: '孙强', role: 'unit-head' });
    expect(verify!.changes.map((c) => c.field)).toEqual(['lastVerifiedAt', 'lastVerifiedBy']);
    expect(del!.changes.map((c) => [c.field, c.before, c.after !== undefined])).toEqual([
      ['deletedAt', undefined, true],
      ['deletedBy', undefined, true],
    ]);
    expect(restore!.changes.map((c) => [c.field, c.before !== undefined, c.after])).toEqual([
      ['deletedAt', true, undefined],
      ['deletedBy', true, undefined],
    ]);
    expect(reassign!.changes).toEqual([{ field: 'ownerId', before: 'east.staff', after: 'east.staff2' }]);
    expect(reassign!.batchId).toBeTruthy();
    expect(create!.changes.map((c) => c.field)).toEqual(['annualAmountFen', 'contacts', 'creditCode', 'creditRating', 'kind', 'name', 'notes', 'ownerId', 'tier', 'unitId']);
    expect(create!.changes.every((c) => c.before === undefined)).toBe(true);
  });

  it('writes no entry for a refused change, and no change without its entry (one transaction)', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    await expect(updateCustomer(deps, c.id, { notes: '过期版本' }, 7, callers.eastStaff)).rejects.toMatchObject({ kind: 'precondition_failed' });
    expect(await allHistory(c.id)).toHaveLength(1);

    // An entry already recorded for version 2 makes the edit to version 2 fail as a whole.
    await client.send(new PutCommand({ TableName: tableName, Item: { ...keys.customerHistory(c.id, 2), type: 'customer-history' } }));
    await expect(updateCustomer(deps, c.id, { notes: '不应落地' }, 1, callers.eastStaff)).rejects.toBeTruthy();
    expect(await deps.customers.get(c.id)).toEqual(c);
  });

  it('writes nothing for an edit that changes nothing', async () => {
    const c = await createCustomer(deps, input({ notes: '相同' }), callers.eastStaff);
    await updateCustomer(deps, c.id, { notes: '相同' }, 1, callers.eastStaff);
    expect(await allHistory(c.id)).toHaveLength(1);
  });
});

describe('GET /customers/{id}/history', () => {
  it('pages newest first, within the reader’s scope, and logs the reading', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    for (let v = 1; v <= 3; v++) await updateCustomer(deps, c.id, { notes: `第${v}次` }, v, callers.eastStaff);
    const first = await api.call('GET', `/customers/${c.id}/history?limit=3`, { as: callers.eastHead });
    expect(first.status).toBe(200);
    expect(first.body.items.map((h: { version: number }) => h.version)).toEqual([4, 3, 2]);
    const rest = await api.call('GET', `/customers/${c.id}/history?limit=3&cursor=${first.body.nextCursor}`, { as: callers.eastHead });
    expect(rest.body.items.map((h: { version: number }) => h.version)).toEqual([1]);
    expect(rest.body.nextCursor).toBeNull();
    expect((await api.call('GET', `/customers/${c.id}/history`, { as: callers.northStaff })).status).toBe(404);

    const log = await new AccessLogRepository(client, tableName).search({ customerId: c.id }, { limit: 10 });
    expect(log.items.map((e) => [e.action, e.reader.id])).toEqual([
      ['history', 'east.head'],
      ['history', 'east.head'],
    ]);
  });

  it('shows a VIP customer’s confidential changes only with a purpose, and masks phones for roles without a need', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    await deps.customers.replace(c, { ...c, tier: 'vip', version: 2 });
    await updateCustomer(deps, c.id, { contacts: [{ name: '赵刚', phone: '13987654321' }], notes: '换了手机' }, 2, callers.eastStaff);

    const masked = await api.call('GET', `/customers/${c.id}/history`, { as: callers.eastStaff });
    expect(masked.body.items[0].changes).toEqual([
      { field: 'contacts', masked: true },
      { field: 'notes', before: '', after: '换了手机' },
    ]);
    const purpose = `purpose=${encodeURIComponent('核对联系人变更')}`;
    const shown = await api.call('GET', `/customers/${c.id}/history?${purpose}`, { as: callers.eastStaff });
    expect(shown.body.items[0].changes[0].after).toEqual([{ name: '赵刚', phone: '13987654321' }]);
    const finance = await api.call('GET', `/customers/${c.id}/history?${purpose}`, { as: callers.finance });
    expect(finance.body.items[0].changes[0]).toEqual({ field: 'contacts', before: [{ name: '赵刚', phone: '139****5678' }], after: [{ name: '赵刚', phone: '139****4321' }] });
  });
});
