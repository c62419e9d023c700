import { describe, expect, it } from 'vitest';
import { importedAmountFen, importedInstant, parseOrderRow } from '../../shared/imports/order-row';

const good = { orderId: 'SO-1', type: '付款', customerId: '01J0CUSTOMER', amount: '1280.50', occurredAt: '2025-03-01 10:30' };

describe('reading an order row as the webhook’s event', () => {
  it('builds the event the order system would have sent', () => {
    expect(parseOrderRow(good)).toEqual({
      event: {
        type: 'order.paid',
        timestamp: '2025-03-01T10:30:00+08:00',
        data: { orderId: 'SO-1', customer: { id: '01J0CUSTOMER' }, amountFen: 128_050, currency: 'CNY', occurredAt: '2025-03-01T10:30:00+08:00' },
      },
      issues: [],
    });
  });

  it.each([
    ['付款', 'order.paid'],
    ['已付款', 'order.paid'],
    ['paid', 'order.paid'],
    ['Completed', 'order.paid'],
    ['退款', 'order.refunded'],
    ['refunded', 'order.refunded'],
    ['取消', 'order.cancelled'],
    ['已取消', 'order.cancelled'],
    ['canceled', 'order.cancelled'],
  ])('takes the type “%s” as %s', (label, type) => {
    expect(parseOrderRow({ ...good, type: label, refundId: 'RF-1' }).event?.type).toBe(type);
  });

  it('names the column of each problem', () => {
    expect(parseOrderRow({ ...good, type: '赠送' }).issues).toEqual([{ column: 'type', severity: 'error', code: 'import.orderType' }]);
    expect(parseOrderRow({ ...good, customerId: '' }).issues).toEqual([{ column: 'customerId', severity: 'error', code: 'orders.customerRequired' }]);
    expect(parseOrderRow({ ...good, type: '退款' }).issues).toEqual([{ column: 'refundId', severity: 'error', code: 'orders.refundIdRequired' }]);
    expect(parseOrderRow({ ...good, customerId: '', creditCode: '9133' }).issues.map((i) => i.column)).toEqual(['creditCode']);
    expect(parseOrderRow({ orderId: 'SO-1' }).issues.map((i) => i.column)).toEqual(['type', 'amount', 'occurredAt', 'customerId']);
  });
});

describe('amounts in yuan become integer fen', () => {
  it.each([
    ['1280.50', 128_050],
    ['1,280.5', 128_050],
    ['¥12800', 1_280_000],
    ['￥12,800.00', 1_280_000],
    ['12800元', 1_280_000],
    ['0.01', 1],
    ['１２８', 12_800],
  ])('%s → %i fen', (typed, fen) => {
    expect(importedAmountFen(typed)).toBe(fen);
  });

  it.each(['0', '-5', '12.345', 'abc', '1.2.3', ''])('refuses %s as a row error in the amount column', (typed) => {
    expect(importedAmountFen(typed)).toBeUndefined();
    if (typed) expect(parseOrderRow({ ...good, amount: typed }).issues).toEqual([{ column: 'amount', severity: 'error', code: 'import.amount' }]);
  });
});

describe('times without a zone are Beijing time', () => {
  it.each([
    ['2025-03-01', '2025-03-01T00:00:00+08:00'],
    ['2025/3/1 9:05', '2025-03-01T09:05:00+08:00'],
    ['2025-03-01 23:59:59', '2025-03-01T23:59:59+08:00'],
    ['2025年3月1日', '2025-03-01T00:00:00+08:00'],
    ['2025-03-01T10:00:00Z', '2025-03-01T10:00:00Z'],
    ['2025-03-01T10:00:00+0800', '2025-03-01T10:00:00+08:00'],
  ])('%s → %s', (typed, iso) => {
    expect(importedInstant(typed)).toBe(iso);
  });

  it.each(['2025-02-30', '2025-13-01', '2025-03-01 24:00', 'yesterday', '03/01/2025'])('refuses %s', (typed) => {
    expect(importedInstant(typed)).toBeUndefined();
  });
});
