import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Customer } from '#shared/schemas/customer.schema';
import { monthMinus, shanghaiMonth } from '#shared/shanghai-time';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { orderDeps } from '../../../functions/orders/deps';
import { retierCustomer } from '../../../functions/tiers/use-cases/retier-customer';
import { unitDeps } from '../../../functions/units/deps';
import { seedFirstUnits } from '../../../functions/units/use-cases/units';
import { demoCustomers } from './demo-customers';
import { seedVisits } from './demo-visits';
import { seedRevisitPlans } from './demo-revisit-plans';

/**
 * The demo data, written once: the first business units (the same use case as the cloud's `seed-units`
 * job; idempotent, and already run by start.ts before the demo users are made), the demo customers (their
 * owners, the demo users, are made first by create-demo-users.ts), and twelve months of paid
 * orders behind each customer's annual amount, so the nightly re-tiering agrees with the demo tiers.
 * A customer already there is left as it is: a second `npm start` keeps whatever people changed.
 */
export async function seed(client: DynamoDBDocumentClient, tableName: string, now = new Date()): Promise<{ created: number }> {
  await seedFirstUnits(unitDeps(client, tableName));
  const customers = new CustomerRepository(client, tableName);
  const deps = { ...orderDeps(client, tableName), now: () => now };
  let created = 0;
  for (const customer of demoCustomers(now)) {
    if (await customers.get(customer.id)) continue;
    await customers.create(customer);
    await seedOrders(deps, customer, now);
    await retierCustomer(deps, customer.id, { source: 'nightly', by: 'system' });
    created++;
  }
  await seedVisits(client, tableName, now);
  await seedRevisitPlans(client, tableName, now);
  return { created };
}

/** Spreads the annual amount over the last twelve months as paid orders, through the same path as the webhook. */
async function seedOrders(deps: ReturnType<typeof orderDeps>, customer: Customer, now: Date) {
  if (customer.annualAmountFen <= 0) return;
  const thisMonth = shanghaiMonth(now);
  const share = Math.floor(customer.annualAmountFen / 12);
  for (let i = 0; i < 12; i++) {
    const month = monthMinus(thisMonth, i);
    const amountFen = i === 0 ? customer.annualAmountFen - share * 11 : share;
    const occurredAt = `${month}-01T10:00:00+08:00`;
    await deps.orders.apply(
      {
        type: 'order.paid',
        timestamp: occurredAt,
        data: { orderId: `SEED-${customer.id}-${month}`, customer: { id: customer.id }, amountFen, currency: 'CNY', occurredAt },
      },
      `seed-${customer.id}-${month}`,
      customer.id,
      now.toISOString(),
    );
  }
}
