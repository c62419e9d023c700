import { describe, expect, it } from 'vitest';
import { byUrgency, daysOverdue, groupOverdue } from '../../shared/orders/overdue';
import { customerOrders, orderState } from '../../shared/orders/order-state';
import { orderEventKey, orderEventSchema, totalDeltaFen, type OrderEvent } from '../../shared/schemas/order-event.schema';
import { validate } from '../../shared/validation';

const customer = { id: 'c1' };
const at = (day: string, time = '10:00:00') => `${day}T${time}+08:00`;
function event(type: OrderEvent['type'], orderId: string, occurredAt: string, data: Partial<OrderEvent['data']> = {}): OrderEvent {
  return { type, timestamp: occurredAt, data: { orderId, customer, occurredAt, ...data } };
}
const money = { currency: 'CNY' as const };

/** SO-1: ¥1,000.00 placed due 30 Nov, shipped in two parts, one delivered, paid ¥300 + ¥200, refunded ¥100. */
const so1 = [
  event('order.placed', 'SO-1', at('2026-11-01'), { ...money, amountFen: 100_000, paymentDueDate: '2026-11-30' }),
  event('order.shipped', 'SO-1', at('2026-11-03'), { carrier: '顺丰速运', waybillNo: 'SF1001', warehouse: '嘉兴一号仓' }),
  event('order.shipped', 'SO-1', at('2026-11-04'), { carrier: '德邦物流', waybillNo: 'DB2002', warehouse: '嘉兴一号仓' }),
  event('order.delivered', 'SO-1', at('2026-11-06'), { waybillNo: 'SF1001' }),
  event('payment.received', 'SO-1', at('2026-11-10'), { ...money, amountFen: 30_000, paymentId: 'PAY-1' }),
  event('payment.received', 'SO-1', at('2026-11-20'), { ...money, amountFen: 20_000, paymentId: 'PAY-2' }),
  event('order.refunded', 'SO-1', at('2026-11-21'), { ...money, amountFen: 10_000, refundId: 'RF-1' }),
];
/** SO-2: ¥500.00 placed due 31 Dec, nothing paid yet. SO-3: placed then cancelled. SO-4: a historic paid order only. */
const so2 = [event('order.placed', 'SO-2', at('2026-11-15'), { ...money, amountFen: 50_000, paymentDueDate: '2026-12-31' })];
const so3 = [
  event('order.placed', 'SO-3', at('2026-11-02'), { ...money, amountFen: 70_000, paymentDueDate: '2026-11-05' }),
  event('order.cancelled', 'SO-3', at('2026-11-03'), { ...money, amountFen: 70_000 }),
];
const so4 = [event('order.paid', 'SO-4', at('2026-10-01'), { ...money, amountFen: 80_000 })];
const all = [...so1, ...so2, ...so3, ...so4];

/** A deterministic shuffle with some events repeated, as an at-least-once sender might deliver them. */
function shuffledWithDuplicates(events: OrderEvent[], seed: number): OrderEvent[] {
  const out = [...events, ...events.filter((_, i) => (i + seed) % 3 === 0).map((e) => structuredClone(e))];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('an order followed to the money', () => {
  it('reads placed → shipped → delivered and payments in time order, with the receivable left', () => {
    const state = orderState('SO-1', so1, '2026-11-25');
    expect(state.timeline.map((e) => e.type)).toEqual([
      'order.placed', 'order.shipped', 'order.shipped', 'order.delivered', 'payment.received', 'payment.received', 'order.refunded',
    ]);
    expect(state.timeline[1]).toEqual({ type: 'order.shipped', at: at('2026-11-03'), carrier: '顺丰速运', waybillNo: 'SF1001', warehouse: '嘉兴一号仓' });
    expect(state).toMatchObject({ status: 'delivered', amountFen: 100_000, receivedFen: 50_000, refundedFen: 10_000, receivableFen: 40_000, overdueFen: 0, paymentDueDate: '2026-11-30' });
  });

  it('is overdue from the day after its due date (Asia/Shanghai dates)', () => {
    expect(orderState('SO-1', so1, '2026-11-30').overdueFen).toBe(0);
    expect(orderState('SO-1', so1, '2026-12-01').overdueFen).toBe(40_000);
  });

  it('owes nothing once cancelled, nor below zero when refunds exceed what is left', () => {
    expect(orderState('SO-3', so3, '2026-12-01')).toMatchObject({ status: 'cancelled', receivableFen: 0, overdueFen: 0 });
    const overRefunded = [...so2, event('payment.received', 'SO-2', at('2026-11-16'), { ...money, amountFen: 50_000, paymentId: 'P' }), event('order.refunded', 'SO-2', at('2026-11-17'), { ...money, amountFen: 20_000, refundId: 'R' })];
    expect(orderState('SO-2', overRefunded, '2027-01-05')).toMatchObject({ receivableFen: 0, overdueFen: 0 });
  });

  it('shows a historic R4-only order as completed, owing nothing', () => {
    expect(orderState('SO-4', so4, '2026-12-01')).toMatchObject({ status: 'completed', amountFen: 0, receivableFen: 0 });
  });

  it('sums the receivable and overdue of a customer’s open orders, newest order first', () => {
    const orders = customerOrders(all, '2026-12-01');
    expect(orders.items.map((o) => [o.orderId, o.status])).toEqual([
      ['SO-2', 'placed'], ['SO-3', 'cancelled'], ['SO-1', 'delivered'], ['SO-4', 'completed'],
    ]);
    expect(orders.receivableFen).toBe(40_000 + 50_000);
    expect(orders.overdueFen).toBe(40_000);
  });

  it.each([1, 7, 42, 1234])('gives the same timeline and receivable whatever the order and repeats (seed %i)', (seed) => {
    const expected = customerOrders(all, '2026-12-01');
    expect(customerOrders(shuffledWithDuplicates(all, seed), '2026-12-01')).toEqual(expected);
  });

  it('keeps one event per business key even when a resend differs, the same one whatever the order', () => {
    const resent = { ...so2[0]!, timestamp: at('2026-11-15', '10:05:00') };
    expect(orderState('SO-2', [so2[0]!, resent], '2026-12-01')).toEqual(orderState('SO-2', [resent, so2[0]!], '2026-12-01'));
  });
});

describe('the events R11 adds', () => {
  const parse = (e: unknown) => validate(orderEventSchema, e, 'en');

  it('keeps R4’s business keys and adds payment and waybill to tell several apart', () => {
    expect(orderEventKey(so4[0]!)).toBe('SO-4|order.paid|-');
    expect(orderEventKey(so1[5]!)).toBe('SO-1|payment.received|PAY-2');
    expect(orderEventKey(so1[2]!)).toBe('SO-1|order.shipped|DB2002');
    expect(orderEventKey(so2[0]!)).toBe('SO-2|order.placed|-');
  });

  it('moves no annual total: only paid, refunded and cancelled do (R4 unchanged)', () => {
    expect(all.map((e) => [e.type, totalDeltaFen(e)])).toEqual(expect.arrayContaining([
      ['order.placed', 0], ['order.shipped', 0], ['order.delivered', 0], ['payment.received', 0],
      ['order.refunded', -10_000], ['order.cancelled', -70_000], ['order.paid', 80_000],
    ]));
  });

  it.each([
    ['order.placed without a due date', event('order.placed', 'X', at('2026-11-01'), { ...money, amountFen: 1 }), 'data.paymentDueDate'],
    ['order.placed without an amount', event('order.placed', 'X', at('2026-11-01'), { ...money, paymentDueDate: '2026-12-01' }), 'data.amountFen'],
    ['a due date that is no date', event('order.placed', 'X', at('2026-11-01'), { ...money, amountFen: 1, paymentDueDate: '2026-02-30' }), 'data.paymentDueDate'],
    ['a due date in 9999', event('order.placed', 'X', at('2026-11-01'), { ...money, amountFen: 1, paymentDueDate: '9999-12-31' }), 'data.paymentDueDate'],
    ['payment.received without its id', event('payment.received', 'X', at('2026-11-01'), { ...money, amountFen: 1 }), 'data.paymentId'],
    ['order.shipped without its carrier', event('order.shipped', 'X', at('2026-11-01'), { waybillNo: 'W', warehouse: 'H' }), 'data.carrier'],
    ['order.placed for nothing', event('order.placed', 'X', at('2026-11-01'), { ...money, amountFen: 0, paymentDueDate: '2026-12-01' }), 'data.amountFen'],
    ['order.delivered a year in 1900', event('order.delivered', 'X', '1900-01-01T00:00:00+08:00'), 'data.occurredAt'],
  ])('refuses %s, naming the field', (_name, body, field) => {
    const result = parse(body);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.fields)).toContain(field);
  });

  it('accepts each new event in its documented shape', () => {
    for (const e of [...so1, ...so2]) expect(parse(e).ok).toBe(true);
    expect(parse(event('order.delivered', 'X', at('2026-11-01'))).ok).toBe(true);
    // A cancellation of an order never counted as paid takes nothing off the total.
    expect(parse(event('order.cancelled', 'X', at('2026-11-01'), { ...money, amountFen: 0 })).ok).toBe(true);
  });
});

describe('overdue 回款 grouped', () => {
  const row = (customerId: string, ownerId: string, unitId: string, due: string, overdueFen: number) => ({
    customerId, customerName: customerId, unitId, ownerId, orderId: `SO-${customerId}-${due}`, paymentDueDate: due, daysOverdue: daysOverdue(due, '2026-12-01'), overdueFen,
  });
  const rows = [row('a', 'east.staff', 'east', '2026-11-30', 10_000), row('b', 'east.staff', 'east', '2026-10-01', 5_000), row('c', 'north.staff', 'north', '2026-11-01', 30_000)];

  it('counts days from the day after the due date, across months and years', () => {
    expect(daysOverdue('2026-11-30', '2026-12-01')).toBe(1);
    expect(daysOverdue('2025-12-31', '2026-03-01')).toBe(60);
  });

  it('sums per owner and per unit, the largest first, and lists the longest overdue first', () => {
    expect(groupOverdue(rows, 'ownerId')).toEqual([{ key: 'north.staff', orders: 1, overdueFen: 30_000 }, { key: 'east.staff', orders: 2, overdueFen: 15_000 }]);
    expect(groupOverdue(rows, 'unitId').map((g) => g.key)).toEqual(['north', 'east']);
    expect([...rows].sort(byUrgency).map((r) => r.customerId)).toEqual(['b', 'c', 'a']);
  });
});
