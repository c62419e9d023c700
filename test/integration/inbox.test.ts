import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Notification } from '../../shared/schemas/notification.schema';
import { InboxRepository } from '../../functions/core/repositories/inbox.repository';
import { startApi } from '../support/api-harness';
import { callers } from '../support/principals';
import { testTable } from '../support/table';

const { client, tableName } = testTable();
const inbox = new InboxRepository(client, tableName);
let api: Awaited<ReturnType<typeof startApi>>;

const notice = (recipientId: string, id: string, minute: number): Notification => ({
  id,
  recipientId,
  kind: 'test',
  title: { 'zh-CN': `通知${id}`, en: `Notice ${id}` },
  body: { 'zh-CN': '内容', en: 'Body' },
  createdAt: new Date(Date.UTC(2026, 10, 20, 1, minute)).toISOString(),
});

beforeAll(async () => {
  api = await startApi();
  for (let i = 1; i <= 4; i++) await inbox.deliver(notice('east.staff', `n${i}`, i));
  await inbox.deliver(notice('north.staff', 'other', 9));
});
afterAll(() => api?.close());

describe('the inbox', () => {
  it('lists the caller’s own items, newest first, with the unread count', async () => {
    const res = await api.call('GET', '/inbox', { as: callers.eastStaff });
    expect(res.status).toBe(200);
    expect(res.body.items.map((n: Notification) => n.id)).toEqual(['n4', 'n3', 'n2', 'n1']);
    expect(res.body.unreadCount).toBe(4);
    const other = await api.call('GET', '/inbox', { as: callers.northStaff });
    expect(other.body.items.map((n: Notification) => n.id)).toEqual(['other']);
  });

  it('pages with a cursor', async () => {
    const first = await api.call('GET', '/inbox?limit=3', { as: callers.eastStaff });
    expect(first.body.items).toHaveLength(3);
    const rest = await api.call('GET', `/inbox?limit=3&cursor=${first.body.nextCursor}`, { as: callers.eastStaff });
    expect(rest.body.items.map((n: Notification) => n.id)).toEqual(['n1']);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('marks one item read, once, and counts and filters unread ones accordingly', async () => {
    const res = await api.call('POST', '/inbox/n3/read', { as: callers.eastStaff });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ unreadCount: 3 });
    expect((await api.call('POST', '/inbox/n3/read', { as: callers.eastStaff })).body).toEqual({ unreadCount: 3 });

    const unread = await api.call('GET', '/inbox?unread=true', { as: callers.eastStaff });
    expect(unread.body.items.map((n: Notification) => n.id)).toEqual(['n4', 'n2', 'n1']);
    const all = await api.call('GET', '/inbox', { as: callers.eastStaff });
    const n3 = all.body.items.find((n: Notification) => n.id === 'n3');
    expect(Date.parse(n3.readAt)).toBeGreaterThan(0);
  });

  it('does not let anyone mark another person’s item', async () => {
    const res = await api.call('POST', '/inbox/other/read', { as: callers.eastStaff });
    expect(res.status).toBe(404);
    expect((await api.call('GET', '/inbox', { as: callers.northStaff })).body.unreadCount).toBe(1);
    expect((await api.call('POST', '/inbox/no-such-item/read', { as: callers.eastStaff })).status).toBe(404);
  });

  it('marks everything read at once', async () => {
    const res = await api.call('POST', '/inbox/read-all', { as: callers.eastStaff });
    expect(res.body).toEqual({ marked: 3, unreadCount: 0 });
    const all = await api.call('GET', '/inbox', { as: callers.eastStaff });
    expect(all.body.items.every((n: Notification) => n.readAt)).toBe(true);
    expect(all.body.unreadCount).toBe(0);
    expect((await api.call('GET', '/inbox?unread=true', { as: callers.eastStaff })).body.items).toEqual([]);
    expect((await api.call('GET', '/inbox', { as: callers.northStaff })).body.unreadCount).toBe(1);
  });
});
