import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CustomerCreateInput } from '../../shared/schemas/customer.schema';
import { DomainError } from '../../functions/core/errors';
import type { Principal } from '../../functions/core/principal';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { getCustomer } from '../../functions/customers/use-cases/get-customer';
import { listCustomers } from '../../functions/customers/use-cases/list-customers';
import { updateCustomer } from '../../functions/customers/use-cases/update-customer';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { deps, client, tableName } = testTable();

const input = (overrides: Partial<CustomerCreateInput> = {}): CustomerCreateInput => ({
  name: '杭州西溪云数信息技术有限公司',
  creditCode: newCreditCode(),
  kind: 'main-business',
  creditRating: 'AA',
  contacts: [{ name: '王丽华', phone: '13812345678', primary: true }],
  notes: '',
  ...overrides,
});

async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

async function itemCount(): Promise<number> {
  const out = await client.send(new ScanCommand({ TableName: tableName, Select: 'COUNT' }));
  return out.Count ?? 0;
}

beforeAll(seedStaff);

describe('creating a customer', () => {
  it('puts a unit user’s customer in their unit and makes them its owner, as a reserve customer', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    expect(c).toMatchObject({ unitId: 'east', ownerId: 'east.staff', tier: 'reserve', annualAmountFen: 0, version: 1, createdBy: 'east.staff' });
    expect(await deps.customers.get(c.id)).toEqual(c);
  });

  it('lets a unit user name another salesperson of their unit, but not of another unit', async () => {
    const c = await createCustomer(deps, input({ ownerId: 'east.staff2' }), callers.eastHead);
    expect(c.ownerId).toBe('east.staff2');
    const e = await rejection(createCustomer(deps, input({ ownerId: 'north.staff' }), callers.eastHead));
    expect(e.options.fields).toEqual({ ownerId: 'owner.notInUnit' });
  });

  it('refuses a unit user placing a customer in another unit', async () => {
    const e = await rejection(createCustomer(deps, input({ unitId: 'north' }), callers.eastStaff));
    expect(e.options.fields).toEqual({ unitId: 'unit.notYours' });
  });

  it('makes Sales name the unit', async () => {
    const e = await rejection(createCustomer(deps, input(), callers.sales));
    expect(e.options.fields).toEqual({ unitId: 'unit.required' });
    const c = await createCustomer(deps, input({ unitId: 'south' }), callers.sales);
    expect(c).toMatchObject({ unitId: 'south', ownerId: 'sales.zhang' });
  });

  it('refuses a second customer with the same credit code, names the first, and writes nothing', async () => {
    const first = await createCustomer(deps, input({ name: '南京紫金新材料股份有限公司' }), callers.eastStaff);
    const before = await itemCount();
    const e = await rejection(createCustomer(deps, input({ creditCode: first.creditCode, name: '另一家公司' }), callers.northStaff));
    expect(e.kind).toBe('conflict');
    expect(e.code).toBe('credit_code_taken');
    expect(e.options.params).toEqual({ name: '南京紫金新材料股份有限公司' });
    expect(await itemCount()).toBe(before);
  });
});

describe('reading a customer', () => {
  it('hides another unit’s customer as not found', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    expect(await getCustomer(deps, c.id, callers.eastHead)).toEqual(c);
    expect(await getCustomer(deps, c.id, callers.finance)).toEqual(c);
    expect((await rejection(getCustomer(deps, c.id, callers.northStaff))).kind).toBe('not_found');
    expect((await rejection(getCustomer(deps, 'no-such-id', callers.admin))).kind).toBe('not_found');
  });
});

describe('editing a customer', () => {
  it('writes the next version and records who changed it', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    const after = await updateCustomer(deps, c.id, { notes: '已核实' }, 1, callers.eastHead);
    expect(after).toMatchObject({ notes: '已核实', version: 2, updatedBy: 'east.head', createdBy: 'east.staff' });
    expect(await deps.customers.get(c.id)).toEqual(after);
  });

  it('refuses a stale version and leaves the record as it was', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    await updateCustomer(deps, c.id, { notes: '第一次' }, 1, callers.eastStaff);
    const e = await rejection(updateCustomer(deps, c.id, { notes: '第二次' }, 1, callers.eastStaff2));
    expect(e.kind).toBe('precondition_failed');
    expect((await deps.customers.get(c.id))?.notes).toBe('第一次');
  });

  it('refuses a concurrent write that lands between read and write', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    const stale = { ...c };
    await deps.customers.replace(c, { ...c, notes: '别人先改了', version: 2 });
    const e = await rejection(deps.customers.replace(stale, { ...stale, notes: '我改的', version: 2 }));
    expect(e.kind).toBe('precondition_failed');
  });

  it('moves the credit-code claim when the code changes', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    const newCode = newCreditCode();
    await updateCustomer(deps, c.id, { creditCode: newCode }, 1, callers.eastStaff);
    expect((await deps.customers.findByCreditCode(newCode))?.id).toBe(c.id);
    expect(await deps.customers.findByCreditCode(c.creditCode)).toBeUndefined();
    // The old code is free for another customer now.
    await expect(createCustomer(deps, input({ creditCode: c.creditCode }), callers.northStaff)).resolves.toBeTruthy();
  });

  it('refuses taking another customer’s code and changes nothing', async () => {
    const a = await createCustomer(deps, input(), callers.eastStaff);
    const b = await createCustomer(deps, input(), callers.eastStaff);
    const e = await rejection(updateCustomer(deps, b.id, { creditCode: a.creditCode }, 1, callers.eastStaff));
    expect(e.code).toBe('credit_code_taken');
    expect(await deps.customers.get(b.id)).toEqual(b);
  });

  it('keeps unit users in their unit and owners in the customer’s unit', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    expect((await rejection(updateCustomer(deps, c.id, { unitId: 'north' }, 1, callers.eastHead))).options.fields).toEqual({ unitId: 'unit.notYours' });
    expect((await rejection(updateCustomer(deps, c.id, { unitId: 'north' }, 1, callers.salesHead))).options.fields).toEqual({ ownerId: 'owner.notInUnit' });
    const moved = await updateCustomer(deps, c.id, { unitId: 'north', ownerId: 'north.staff' }, 1, callers.salesHead);
    expect(moved).toMatchObject({ unitId: 'north', ownerId: 'north.staff', version: 2 });
    expect((await rejection(getCustomer(deps, c.id, callers.eastStaff))).kind).toBe('not_found');
  });

  it('writes nothing for a patch that changes nothing', async () => {
    const c = await createCustomer(deps, input({ notes: '同样' }), callers.eastStaff);
    expect(await updateCustomer(deps, c.id, { notes: '同样' }, 1, callers.eastStaff)).toEqual(c);
  });

  it('cannot edit another unit’s customer', async () => {
    const c = await createCustomer(deps, input(), callers.eastStaff);
    expect((await rejection(updateCustomer(deps, c.id, { notes: 'x' }, 1, callers.northStaff))).kind).toBe('not_found');
  });
});

describe('listing customers', () => {
  const marker = '列表测试';
  let created: { id: string; name: string; unitId: string }[] = [];

  beforeAll(async () => {
    created = [];
    // 30 customers across two units; 12 carry the marker in their name.
    for (let i = 0; i < 30; i++) {
      const name = i % 5 < 2 ? `${marker}${String(i).padStart(2, '0')}科技有限公司` : `无关公司${String(i).padStart(2, '0')}有限公司`;
      const who = i % 3 === 0 ? callers.northStaff : callers.eastStaff;
      created.push(await createCustomer(deps, input({ name }), who));
    }
  });

  async function all(query: Parameters<typeof listCustomers>[1], caller: Principal = callers.salesHead) {
    const ids: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listCustomers(deps, { ...query, cursor }, caller);
      ids.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor && pages < 50);
    return ids;
  }

  it('finds customers by part of the Chinese name, across pages, each exactly once', async () => {
    const expected = created.filter((c) => c.name.includes(marker)).map((c) => c.id).sort();
    const found = await all({ q: marker, limit: 5 });
    expect(found).toHaveLength(expected.length);
    expect([...found].sort()).toEqual(expected);
  });

  it('returns pages in name order', async () => {
    const page = await listCustomers(deps, { q: marker, limit: 100 }, callers.salesHead);
    const names = page.items.map((c) => c.name);
    expect(names).toEqual([...names].sort());
  });

  it('shows unit users only their unit, even when they ask for another', async () => {
    const east = await all({ q: marker, limit: 4 }, callers.eastStaff);
    const expected = created.filter((c) => c.name.includes(marker) && c.unitId === 'east').map((c) => c.id).sort();
    expect([...east].sort()).toEqual(expected);
    expect(await listCustomers(deps, { unitId: 'north', limit: 20 }, callers.eastStaff)).toEqual({ items: [], nextCursor: null });
  });

  it('filters by unit, owner and tier', async () => {
    const north = await all({ unitId: 'north', q: marker, limit: 3 });
    expect(north.length).toBe(created.filter((c) => c.unitId === 'north' && c.name.includes(marker)).length);
    const owned = await listCustomers(deps, { ownerId: 'north.staff', limit: 100 }, callers.salesHead);
    expect(owned.items.every((c) => c.ownerId === 'north.staff')).toBe(true);
    expect(owned.items.length).toBeGreaterThanOrEqual(10);
    expect((await listCustomers(deps, { tier: 'vip', limit: 100 }, callers.salesHead)).items).toEqual([]);
    expect((await listCustomers(deps, { tier: 'reserve', q: marker, limit: 100 }, callers.salesHead)).items).toHaveLength(12);
  });

  it('finds a customer by its exact credit code, within scope', async () => {
    const target = await deps.customers.get(created[0]!.id);
    const hit = await listCustomers(deps, { q: target!.creditCode.toLowerCase(), limit: 20 }, callers.salesHead);
    expect(hit.items.map((c) => c.id)).toEqual([target!.id]);
    const other = await listCustomers(deps, { q: target!.creditCode, limit: 20 }, target!.unitId === 'east' ? callers.northStaff : callers.eastStaff);
    expect(other.items).toEqual([]);
  });

  it('refuses a forged cursor or one from another partition', async () => {
    const first = await listCustomers(deps, { unitId: 'east', limit: 2 }, callers.salesHead);
    expect(first.nextCursor).not.toBeNull();
    const e1 = await rejection(listCustomers(deps, { unitId: 'north', limit: 2, cursor: first.nextCursor! }, callers.salesHead));
    expect(e1.code).toBe('invalid_cursor');
    const e2 = await rejection(listCustomers(deps, { limit: 2, cursor: 'not-a-cursor' }, callers.salesHead));
    expect(e2.code).toBe('invalid_cursor');
  });
});
