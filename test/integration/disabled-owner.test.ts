import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

/**
 * A disabled person takes nothing new on (issue 11): the pickers leave them out, and the API refuses them
 * when a request names them anyway — as a customer's owner, as the target of a reassignment, as the person a
 * service request is transferred to — with the field named, in both languages.
 */
const { client, tableName } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;
let customerId: string;

beforeAll(async () => {
  await seedStaff();
  await new StaffRepository(client, tableName).put({ id: 'east.gone', name: '离职员工', role: 'unit-staff', unitId: 'east', status: 'disabled' });
  api = await startApi();
  const c = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '无锡停用测试机械有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A' },
  });
  expect(c.status).toBe(201);
  customerId = c.body.id;
});
afterAll(() => api?.close());

describe('a disabled person is refused as the one who takes something on', () => {
  it('as the owner of a new customer, in Chinese and in English', async () => {
    const body = { name: '无锡停用测试二号有限公司', creditCode: newCreditCode(), kind: 'service', creditRating: 'A', unitId: 'east', ownerId: 'east.gone' };
    const zh = await api.call('POST', '/customers', { as: callers.salesHead, body });
    expect(zh.status).toBe(400);
    expect(zh.body.error.fields.ownerId).toBe('此人的账号已停用，不能接手客户或事项。');
    const en = await api.call('POST', '/customers', { as: callers.salesHead, body, headers: { 'accept-language': 'en' } });
    expect(en.body.error.fields.ownerId).toMatch(/disabled/);
  });

  it('as the new owner of an existing customer, which stays as it was', async () => {
    const res = await api.call('PATCH', `/customers/${customerId}`, { as: callers.salesHead, body: { ownerId: 'east.gone' }, headers: { 'if-match': '"1"' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('ownerId');
    const read = await api.call('GET', `/customers/${customerId}`, { as: callers.salesHead });
    expect(read.body).toMatchObject({ ownerId: 'east.staff', version: 1 });
  });

  it('as the target of a bulk reassignment, and nothing moves', async () => {
    const res = await api.call('POST', '/customers/reassign', { as: callers.salesHead, body: { fromOwnerId: 'east.staff', toOwnerId: 'east.gone' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('toOwnerId');
    const read = await api.call('GET', `/customers/${customerId}`, { as: callers.salesHead });
    expect(read.body.ownerId).toBe('east.staff');
  });

  it('as the person a service request is transferred to', async () => {
    const r = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId, kind: 'inquiry', channel: 'phone', contact: { name: '王建国', phone: '13812345678' }, statement: '询问发票开具进度。' },
    });
    expect(r.status).toBe(201);
    const res = await api.call('POST', `/service-requests/${r.body.id}/actions`, {
      as: callers.eastStaff,
      body: { action: 'transfer', reason: '交同事跟进', handlingPlan: '核对开票信息', expectedDate: '2099-12-31', to: { personId: 'east.gone' } },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('to');
    const read = await api.call('GET', `/service-requests/${r.body.id}`, { as: callers.eastStaff });
    expect(read.body.handler).toEqual({ personId: 'east.staff', department: expect.any(String) });
  });
});
