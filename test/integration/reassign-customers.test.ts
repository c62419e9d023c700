import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CustomerCreateInput } from '../../shared/schemas/customer.schema';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;

const input = (overrides: Partial<CustomerCreateInput> = {}): CustomerCreateInput => ({
  name: '常州龙城机电设备有限公司',
  creditCode: newCreditCode(),
  kind: 'service',
  creditRating: 'B',
  contacts: [],
  notes: '',
  ...overrides,
});

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('POST /customers/reassign', () => {
  it('moves all of one salesperson’s customers to another of the unit, each with history, and tells the new owner', async () => {
    const owned = [];
    for (let i = 0; i < 3; i++) owned.push(await createCustomer(deps, input({ ownerId: 'east.staff2' }), callers.eastHead));
    const res = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body: { fromOwnerId: 'east.staff2', toOwnerId: 'east.staff' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ requested: 3, moved: 3, notOwned: 0, otherUnit: 0, conflicted: 0, more: false });

    for (const c of owned) {
      expect((await deps.customers.get(c.id))).toMatchObject({ ownerId: 'east.staff', version: 2, updatedBy: 'sales.head' });
      const [entry] = (await deps.history.list(c.id, { limit: 1 })).items;
      expect(entry).toMatchObject({ action: 'reassign', batchId: res.body.batchId, changes: [{ field: 'ownerId', before: 'east.staff2', after: 'east.staff' }] });
    }
    const inbox = await api.call('GET', '/inbox', { as: callers.eastStaff });
    expect(inbox.body.items[0]).toMatchObject({ kind: 'customers-reassigned', title: { 'zh-CN': '3 位客户已转给您' } });

    const again = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body: { fromOwnerId: 'east.staff2', toOwnerId: 'east.staff' } });
    expect(again.body).toMatchObject({ requested: 0, moved: 0 });
  });

  it('moves only the named customers that the old owner still has', async () => {
    const mine = await createCustomer(deps, input({ ownerId: 'east.staff2' }), callers.eastHead);
    const someoneElses = await createCustomer(deps, input({ ownerId: 'east.head' }), callers.eastHead);
    const res = await api.call('POST', '/customers/reassign', {
      as: callers.admin,
      body: { fromOwnerId: 'east.staff2', toOwnerId: 'east.staff', customerIds: [mine.id, someoneElses.id, 'no-such-id'] },
    });
    expect(res.body).toMatchObject({ requested: 3, moved: 1, notOwned: 2 });
    expect((await deps.customers.get(someoneElses.id))?.ownerId).toBe('east.head');
  });

  it('refuses another unit’s salesperson, someone not in the directory, and the same person', async () => {
    const cases = [
      [{ fromOwnerId: 'east.staff2', toOwnerId: 'north.staff' }, 'reassign.notSameUnit', '只能转给同一业务单位的业务员。'],
      [{ fromOwnerId: 'east.staff2', toOwnerId: 'left.company' }, 'owner.unknown', '员工名录中没有此人。'],
      [{ fromOwnerId: 'east.staff2', toOwnerId: 'east.staff2' }, 'reassign.sameOwner', '转出和转入的业务员不能是同一人。'],
    ] as const;
    for (const [body, , message] of cases) {
      const res = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body });
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { toOwnerId: message } });
    }
  });

  it('moves the customers of someone already gone from the directory, within each customer’s unit', async () => {
    const c = await createCustomer(deps, input(), callers.eastHead);
    await deps.customers.replace(c, { ...c, ownerId: 'gone.person', version: 2 });
    const res = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body: { fromOwnerId: 'gone.person', toOwnerId: 'north.staff' } });
    expect(res.body).toMatchObject({ moved: 0, otherUnit: 1 });
    const ok = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body: { fromOwnerId: 'gone.person', toOwnerId: 'east.staff' } });
    expect(ok.body).toMatchObject({ moved: 1 });
  });
});
