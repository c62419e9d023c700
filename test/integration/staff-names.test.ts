import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffRepository } from '../../functions/core/repositories/staff.repository';
import { startApi } from '../support/api-harness';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
const eastStaff = { id: 'east.staff', name: '周婷', role: 'unit-staff' as const, unitId: 'east' as const };
let api: Awaited<ReturnType<typeof startApi>>;

beforeAll(async () => {
  await seedStaff();
  // A user whose account is still being made is nobody's colleague yet.
  await new StaffRepository(client, tableName).put({ id: 'half.made', name: '半成品', role: 'sales', status: 'pending' });
  api = await startApi();
});
afterAll(() => api?.close());

describe('GET /staff/names: people are shown by name whatever the caller’s scope', () => {
  it('gives a unit user the names of Sales, admins and other units’ people, though /staff keeps to their unit', async () => {
    const scoped = await api.call('GET', '/staff', { as: eastStaff });
    expect(scoped.body.items.map((s: { id: string }) => s.id)).not.toContain('sales.zhang');

    const res = await api.call('GET', '/staff/names', { as: eastStaff });
    expect(res.status).toBe(200);
    const byId = new Map(res.body.items.map((s: { id: string; name: string }) => [s.id, s.name]));
    expect(byId.get('sales.zhang')).toBe('张伟');
    expect(byId.get('admin')).toBe('王磊');
    expect(byId.get('north.staff')).toBe('冯雪');
    expect(byId.has('half.made')).toBe(false);
  });

  it('carries names only: no role, unit, status or contact details of colleagues outside the scope', async () => {
    const res = await api.call('GET', '/staff/names', { as: eastStaff });
    for (const item of res.body.items) expect(Object.keys(item).sort()).toEqual(['id', 'name']);
  });
});
