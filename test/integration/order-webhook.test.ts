import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shanghaiMonth } from '../../shared/shanghai-time';
import { TierRepository } from '../../functions/core/repositories/tier.repository';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';
import { paidEvent, signed } from '../support/webhook';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName, deps } = testTable();
const tiers = new TierRepository(client, tableName);
const month = shanghaiMonth(new Date());

async function deliver(body: unknown, headers?: Record<string, string>) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return api.call('POST', '/webhooks/orders', { body: text, headers: headers ?? signed(text) });
}

async function newCustomer() {
  const res = await api.call('POST', '/customers', {
    as: callers.eastStaff,
    body: { name: '苏州工业园区华瑞电子科技有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AAA' },
  });
  return res.body as { id: string; creditCode: string };
}

async function total(customerId: string) {
  const months = await tiers.monthTotals(customerId, month, month);
  return months[0]?.amountFen ?? 0;
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('POST /webhooks/orders', () => {
  it('applies a paid order to the month and re-tiers the customer at once', async () => {
    const c = await newCustomer();
    const res = await deliver(paidEvent({ id: c.id }, 60_000_000));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'applied', customerId: c.id });
    expect(await total(c.id)).toBe(60_000_000);
    const customer = await deps.customers.get(c.id);
    expect(customer).toMatchObject({ annualAmountFen: 60_000_000, tier: 'vip', tierRule: 'vip' });
    const history = await tiers.history(c.id);
    expect(history[0]).toMatchObject({ fromTier: 'reserve', toTier: 'vip', source: 'order', annualAmountFen: 60_000_000, creditRating: 'AAA' });
  });

  it('finds the customer by credit code and subtracts refunds and cancellations', async () => {
    const c = await newCustomer();
    await deliver(paidEvent({ creditCode: c.creditCode }, 20_000_000));
    await deliver(paidEvent({ creditCode: c.creditCode }, 5_000_000, undefined, 'order.refunded'));
    await deliver(paidEvent({ id: c.id }, 3_000_000, undefined, 'order.cancelled'));
    expect(await total(c.id)).toBe(12_000_000);
    expect((await deps.customers.get(c.id))?.tier).toBe('key');
  });

  it('books the amount in the Asia/Shanghai month of occurredAt', async () => {
    const c = await newCustomer();
    // 31 March 23:30 in Shanghai is still March there, though already... 15:30 UTC the same day.
    await deliver(paidEvent({ id: c.id }, 1_000, '2026-03-31T23:30:00+08:00'));
    await deliver(paidEvent({ id: c.id }, 2_000, '2026-03-31T16:30:00Z')); // 00:30 on 1 April in Shanghai
    expect(await tiers.monthTotals(c.id, '2026-03', '2026-04')).toEqual([
      { month: '2026-03', amountFen: 1_000 },
      { month: '2026-04', amountFen: 2_000 },
    ]);
  });

  it('counts a delivery once, whether resent with the same id or the same event under a new id', async () => {
    const c = await newCustomer();
    const event = paidEvent({ id: c.id }, 700_000);
    const text = JSON.stringify(event);
    const headers = signed(text);
    expect((await deliver(text, headers)).body.status).toBe('applied');
    expect(await deliver(text, headers)).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    expect(await deliver(text)).toMatchObject({ status: 200, body: { status: 'duplicate' } });
    expect(await total(c.id)).toBe(700_000);
  });

  it('counts 50 concurrent deliveries of one event once', async () => {
    const c = await newCustomer();
    const text = JSON.stringify(paidEvent({ id: c.id }, 123_456));
    const results = await Promise.all(Array.from({ length: 50 }, () => deliver(text)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => r.body.status === 'applied')).toHaveLength(1);
    expect(await total(c.id)).toBe(123_456);
  });

  it('gives exact totals for 1,000 events with 20% duplicates, shuffled, at concurrency 16', async () => {
    const customers = [await newCustomer(), await newCustomer(), await newCustomer()];
    const expected = new Map(customers.map((c) => [c.id, 0]));
    const deliveries: string[] = [];
    for (let i = 0; i < 800; i++) {
      const c = customers[i % 3]!;
      const refund = i % 10 === 0;
      const event = paidEvent({ id: c.id }, 1_000 + i, undefined, refund ? 'order.refunded' : 'order.paid');
      expected.set(c.id, expected.get(c.id)! + (refund ? -1 : 1) * (1_000 + i));
      deliveries.push(JSON.stringify(event));
    }
    for (let i = 0; i < 200; i++) deliveries.push(deliveries[(i * 7) % 800]!);
    // Deterministic shuffle, so a failure can be replayed.
    let seed = 42;
    for (let i = deliveries.length - 1; i > 0; i--) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const j = seed % (i + 1);
      [deliveries[i], deliveries[j]] = [deliveries[j]!, deliveries[i]!];
    }
    let next = 0;
    const statuses: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < deliveries.length) {
          const text = deliveries[next++]!;
          statuses.push((await deliver(text)).status);
        }
      }),
    );
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    for (const c of customers) expect(await total(c.id)).toBe(expected.get(c.id));
  }, 120_000);

  it('keeps an event for an unknown customer (202) and applies it once Sales matches it', async () => {
    const code = newCreditCode();
    const event = paidEvent({ creditCode: code }, 15_000_000);
    const res = await deliver(event);
    expect(res).toMatchObject({ status: 202, body: { status: 'unmatched' } });

    const listed = await api.call('GET', '/order-events/unmatched?limit=100', { as: callers.sales });
    const kept = listed.body.items.find((e: { event: { data: { orderId: string } } }) => e.event.data.orderId === event.data.orderId);
    expect(kept).toBeTruthy();

    const c = await newCustomer();
    const matched = await api.call('POST', `/order-events/${encodeURIComponent(kept.eventKey)}/match`, { as: callers.sales, body: { customerId: c.id } });
    expect(matched.status).toBe(200);
    expect(await total(c.id)).toBe(15_000_000);
    expect((await deps.customers.get(c.id))?.tier).toBe('key');
    const again = await api.call('POST', `/order-events/${encodeURIComponent(kept.eventKey)}/match`, { as: callers.sales, body: { customerId: c.id } });
    expect(again.status).toBe(404);
    expect(await total(c.id)).toBe(15_000_000);
  });

  describe('refuses', () => {
    it.each([
      ['a flipped byte in the signature', (h: Record<string, string>) => ({ ...h, 'webhook-signature': h['webhook-signature']!.replace(/.(?=.{5}$)/, (ch) => (ch === 'A' ? 'B' : 'A')) })],
      ['a missing signature header', ({ 'webhook-signature': _, ...h }: Record<string, string>) => h],
      ['a missing id header', ({ 'webhook-id': _, ...h }: Record<string, string>) => h],
    ])('%s with 401', async (_name, tamper) => {
      const c = await newCustomer();
      const text = JSON.stringify(paidEvent({ id: c.id }, 500));
      const res = await deliver(text, tamper(signed(text)));
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('webhook_signature');
      expect(await total(c.id)).toBe(0);
    });

    it.each([
      ['301 s old', -301_000],
      ['301 s in the future', 301_000],
    ])('a timestamp %s with 401', async (_name, offset) => {
      const text = JSON.stringify(paidEvent({ id: 'x' }, 500));
      expect((await deliver(text, signed(text, { at: new Date(Date.now() + offset) }))).status).toBe(401);
    });

    it('a signature made with another secret', async () => {
      const text = JSON.stringify(paidEvent({ id: 'x' }, 500));
      const other = `whsec_${Buffer.from('another secret entirely').toString('base64')}`;
      expect((await deliver(text, signed(text, { secrets: [other] }))).status).toBe(401);
    });

    it('another currency or a malformed body with 400 naming the field', async () => {
      const c = await newCustomer();
      const bad = paidEvent({ id: c.id }, 500) as unknown as { data: Record<string, unknown> };
      bad.data.currency = 'USD';
      bad.data.amountFen = 1.5;
      const res = await deliver(bad, undefined);
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error.fields).sort()).toEqual(['data.amountFen', 'data.currency']);
      expect((await deliver('{"type":', undefined)).body.error.code).toBe('invalid_json');
      const noRefund = paidEvent({ id: c.id }, 500, undefined, 'order.refunded') as unknown as { data: Record<string, unknown> };
      delete noRefund.data.refundId;
      expect((await deliver(noRefund)).body.error.fields).toHaveProperty(['data.refundId']);
      expect(await total(c.id)).toBe(0);
    });

    it('a body over 64 KB with 413', async () => {
      const text = JSON.stringify({ ...paidEvent({ id: 'x' }, 500), padding: 'x'.repeat(70_000) });
      expect((await deliver(text)).status).toBe(413);
    });
  });

  it('accepts a delivery carrying the old and the new signature during a rotation', async () => {
    const c = await newCustomer();
    const text = JSON.stringify(paidEvent({ id: c.id }, 900));
    const next = `whsec_${Buffer.from('the next secret').toString('base64')}`;
    const res = await deliver(text, signed(text, { secrets: [next, process.env.WEBHOOK_SECRET!] }));
    expect(res.status).toBe(200);
    expect(await total(c.id)).toBe(900);
  });

  it('accepts either secret while the stored value holds the new and the old one, and only the new one after', async () => {
    const old = process.env.WEBHOOK_SECRET!;
    const next = `whsec_${Buffer.from('the secret after rotation').toString('base64')}`;
    const c = await newCustomer();
    const byOld = JSON.stringify(paidEvent({ id: c.id }, 100));
    const byNext = JSON.stringify(paidEvent({ id: c.id }, 200));
    const late = JSON.stringify(paidEvent({ id: c.id }, 400));
    try {
      process.env.WEBHOOK_SECRET = `${next} ${old}`;
      expect((await deliver(byOld, signed(byOld, { secrets: [old] }))).status).toBe(200);
      expect((await deliver(byNext, signed(byNext, { secrets: [next] }))).status).toBe(200);
      process.env.WEBHOOK_SECRET = next;
      expect((await deliver(late, signed(late, { secrets: [old] }))).status).toBe(401);
    } finally {
      process.env.WEBHOOK_SECRET = old;
    }
    expect(await total(c.id)).toBe(300);
  });
});
