import { beforeAll, describe, expect, it } from 'vitest';
import type { Customer } from '../../shared/schemas/customer.schema';
import { ArchiveSettingsRepository } from '../../functions/core/repositories/archive-settings.repository';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { remindStaleArchives } from '../../functions/jobs/archive-freshness/remind-stale-archives';
import { newCreditCode } from '../support/credit-codes';
import { testTable } from '../support/table';

const { deps, client, tableName } = testTable();
const inbox = new InboxRepository(client, tableName);
let counter = 0;

/** An instant given as Shanghai wall-clock time. */
const sh = (local: string) => new Date(`${local}+08:00`);
const job = (now: Date) => remindStaleArchives({ client, tableName, now: () => now, newId: () => `job-${++counter}` });

async function customer(ownerId: string, createdAt: string, extra: Partial<Customer> = {}): Promise<Customer> {
  const c: Customer = {
    id: `fresh-${++counter}`,
    name: `档案新鲜度测试${counter}有限公司`,
    creditCode: newCreditCode(),
    kind: 'main-business',
    tier: 'general',
    annualAmountFen: 100,
    creditRating: 'A',
    unitId: 'east',
    ownerId,
    contacts: [],
    notes: '',
    createdAt,
    updatedAt: createdAt,
    createdBy: 'seed',
    updatedBy: 'seed',
    version: 1,
    ...extra,
  };
  await deps.customers.create(c);
  return c;
}

const staleReminders = async (recipientId: string) =>
  (await inbox.list(recipientId, { limit: 100 })).items.filter((n) => n.kind === 'archive-stale');

let stale: Customer[];

beforeAll(async () => {
  stale = [
    await customer('owner.a', sh('2025-01-10T10:00:00').toISOString()),
    await customer('owner.a', sh('2024-05-01T10:00:00').toISOString(), { lastVerifiedAt: sh('2025-11-09T10:00:00').toISOString() }),
    await customer('owner.b', sh('2023-01-01T10:00:00').toISOString()),
  ];
  // Verified exactly 12 months before the first run's date: not stale yet on that day.
  await customer('owner.a', sh('2024-01-01T10:00:00').toISOString(), { lastVerifiedAt: sh('2025-11-23T08:00:00').toISOString() });
  // Stale, but in the recycle bin: nobody is reminded of it.
  await customer('owner.b', sh('2023-01-01T10:00:00').toISOString(), { deletedAt: sh('2026-01-01T10:00:00').toISOString(), deletedBy: 'sales.head' });
});

describe('the weekly archive-freshness job', () => {
  it('reminds each owner of each stale customer once, however often it runs in the week', async () => {
    const first = await job(sh('2026-11-23T09:00:00'));
    expect(first).toMatchObject({ week: '2026-W48', scanned: 4, stale: 3, reminded: 3, alreadyReminded: 0, owners: 2 });
    const second = await job(sh('2026-11-23T09:05:00'));
    expect(second).toMatchObject({ stale: 3, reminded: 0, alreadyReminded: 3 });
    // By Sunday the customer verified on 2025-11-23 has turned stale (from 2026-11-24): it alone is new.
    const sunday = await job(sh('2026-11-29T23:59:00'));
    expect(sunday).toMatchObject({ week: '2026-W48', stale: 4, reminded: 1, alreadyReminded: 3 });
    expect(await job(sh('2026-11-29T23:59:30'))).toMatchObject({ stale: 4, reminded: 0, alreadyReminded: 4 });

    const a = await staleReminders('owner.a');
    expect(a).toHaveLength(3);
    expect(new Set(a.map((n) => n.link)).size).toBe(3);
    expect(a.map((n) => n.link)).toEqual(expect.arrayContaining([`/customers/${stale[0]!.id}`, `/customers/${stale[1]!.id}`]));
    expect(await staleReminders('owner.b')).toHaveLength(1);
    expect(a[0]!.title['zh-CN']).toMatch(/^客户档案待核实：档案新鲜度测试/);
    expect(a.find((n) => n.link === `/customers/${stale[1]!.id}`)!.body['zh-CN']).toContain('2025-11-09');
  });

  it('reminds again the next week, while the archive stays stale', async () => {
    const next = await job(sh('2026-11-30T09:00:00'));
    expect(next).toMatchObject({ week: '2026-W49', stale: 4, reminded: 4, alreadyReminded: 0 });
    expect(await staleReminders('owner.a')).toHaveLength(6);
    expect((await inbox.unreadCount('owner.b'))).toBe(2);
  });

  it('judges by the administrator’s period: a longer one leaves archives fresh that twelve months call stale', async () => {
    const settings = new ArchiveSettingsRepository(client, tableName);
    await settings.put({ stalePeriodMonths: 24 }, 0, 'admin', new Date().toISOString());
    // 24 months: only the customer created on 2023-01-01 (live) and never verified is past it.
    const longer = await job(sh('2026-12-07T09:00:00'));
    expect(longer).toMatchObject({ week: '2026-W50', stale: 1, reminded: 1 });
    const bodies = (await staleReminders('owner.b')).filter((n) => n.link === `/customers/${stale[2]!.id}`).map((n) => n.body['zh-CN']);
    expect(bodies.filter((b) => b.includes('超过 24 个月'))).toHaveLength(1);
  });
});

