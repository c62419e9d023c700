import { beforeAll, describe, expect, it } from 'vitest';
import { CustomerRepository } from '../../functions/core/repositories/customer.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { VisitRepository } from '../../functions/core/repositories/visit.repository';
import { demoCustomers } from '../../infra/local/seed/demo-customers';
import { seedVisits } from '../../infra/local/seed/demo-visits';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
const visits = new VisitRepository(client, tableName);
const now = new Date('2026-11-27T02:00:00Z');

beforeAll(async () => {
  await seedStaff();
  const customers = new CustomerRepository(client, tableName);
  for (const c of demoCustomers(now).slice(0, 3)) await customers.create(c);
});

describe('the demo visits of the local twin', () => {
  it('are made through the use cases, with plans from the standard, once', async () => {
    await seedVisits(client, tableName, now);
    const vip = await visits.get('seed-visit-vip-chairman');
    expect(vip).toMatchObject({ customerId: 'seed-001', cell: 'vip.chairman-gm', status: 'awaiting-approval', hostUnitId: 'east', approval: { status: 'pending' } });
    expect(vip!.steps.map((s) => s.kind)).toEqual(['info', 'plan', 'approval', 'lodging', 'pickup', 'meeting', 'banquet']);
    expect(vip!.arrivalAt).toBe('2026-12-03T01:30:00.000Z'); // six days on, 09:30 in Shanghai

    const key = await visits.get('seed-visit-key-gm');
    expect(key).toMatchObject({ customerId: 'seed-002', cell: 'key.chairman-gm', status: 'open', approval: { status: 'approved' } });
    expect(key!.steps.filter((s) => s.status === 'done').map((s) => s.kind)).toEqual(['info', 'plan', 'approval', 'vehicles']);

    const general = await visits.get('seed-visit-general-recorded');
    expect(general).toMatchObject({ customerId: 'seed-003', cell: 'unit-own', status: 'recorded' });
    expect(general!.record!.followUps.map((f) => [f.id, f.kind])).toEqual([
      ['seed-visit-general-recorded-f1', 'service-request'],
      ['seed-visit-general-recorded-f2', 'revisit'],
    ]);
    const leaderInbox = await new InboxRepository(client, tableName).list('leader', { limit: 50 });
    expect(leaderInbox.items.some((n) => n.link === '/visits/seed-visit-vip-chairman')).toBe(true);

    await seedVisits(client, tableName, new Date(now.getTime() + 86_400_000));
    expect(await visits.get('seed-visit-vip-chairman')).toEqual(vip);
    expect((await visits.get('seed-visit-key-gm'))!.version).toBe(key!.version);
  });
});
