/**
 * Order webhook throughput (issue 4): accepted events per second through the real handler (signature
 * check, validation, transaction, re-tier) into DynamoDB Local at concurrency 16, as a ratio against raw
 * TransactWriteItems of the same three writes at the same concurrency, in the same run. Target ≥ 0.5.
 * `npm run bench -- webhook [events]`
 */
import { randomUUID } from 'node:crypto';
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { Webhook } from 'standardwebhooks';
import { keys } from '../functions/core/keys';
import { benchTable, ratio, timed } from './support';

const events = Number(process.argv[3] ?? 2000);
const concurrency = 16;
const customersCount = 200;

const env = await benchTable();
process.env.WEBHOOK_SECRET = `whsec_${Buffer.from(randomUUID()).toString('base64')}`;
const { handler } = await import('../functions/orders/receive-order-event');
const { CustomerRepository } = await import('../functions/core/repositories/customer.repository');
const customers = new CustomerRepository(env.client, env.tableName);
const { creditCodeCheckChar } = await import('../shared/credit-code');

const ids: string[] = [];
for (let i = 0; i < customersCount; i++) {
  const id = `bench-${i}`;
  const first17 = `9131011500000${String(i).padStart(4, '0')}`;
  const now = new Date().toISOString();
  await customers.create({
    id, name: `基准测试${i}有限公司`, creditCode: first17 + creditCodeCheckChar(first17), kind: 'main-business', tier: 'reserve',
    annualAmountFen: 0, creditRating: 'AA', unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '',
    createdAt: now, updatedAt: now, createdBy: 'bench', updatedBy: 'bench', version: 1,
  });
  ids.push(id);
}

const webhook = new Webhook(process.env.WEBHOOK_SECRET);
function delivery(i: number): APIGatewayProxyEventV2 {
  const occurredAt = new Date().toISOString();
  const body = JSON.stringify({
    type: 'order.paid', timestamp: occurredAt,
    data: { orderId: `B-${i}`, customer: { id: ids[i % customersCount] }, amountFen: 10_000 + i, currency: 'CNY', occurredAt },
  });
  const id = `msg_${i}`;
  const at = new Date();
  return {
    body, isBase64Encoded: false,
    headers: { 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': webhook.sign(id, at, body) },
  } as unknown as APIGatewayProxyEventV2;
}

const month = new Date().toISOString().slice(0, 7);
const rawWrite = (i: number) =>
  env.client.send(
    new TransactWriteCommand({
      TransactItems: [
        { Put: { TableName: env.tableName, Item: { ...keys.orderEvent(`R-${i}|order.paid|-`), n: i }, ConditionExpression: 'attribute_not_exists(PK)' } },
        { Put: { TableName: env.tableName, Item: { ...keys.webhookDelivery(`raw_${i}`) }, ConditionExpression: 'attribute_not_exists(PK)' } },
        { Update: { TableName: env.tableName, Key: keys.monthTotal(ids[i % customersCount]!, month), UpdateExpression: 'ADD amountFen :d', ExpressionAttributeValues: { ':d': 1 } } },
      ],
    }),
  );

// Warm both paths (DynamoDB Local's JVM speeds up a lot at first), then measure raw, handler, raw again.
const warm = 300;
await timed(warm, concurrency, (i) => rawWrite(events * 3 + i));
const prepared = Array.from({ length: events + warm }, (_, i) => delivery(i));
await timed(warm, concurrency, (i) => handler(prepared[events + i]!, {} as never));
const rawBeforeMs = await timed(events, concurrency, (i) => rawWrite(i));
let accepted = 0;
const handlerMs = await timed(events, concurrency, async (i) => {
  const res = (await handler(prepared[i]!, {} as never)) as { statusCode: number };
  if (res.statusCode === 200) accepted++;
  else if (i < 3) console.error(res);
});

const rawAfterMs = await timed(events, concurrency, (i) => rawWrite(events + i));
const rawMs = (rawBeforeMs + rawAfterMs) / 2;

const handlerRate = (accepted / handlerMs) * 1000;
const rawRate = (events / rawMs) * 1000;
console.log(JSON.stringify({ bench: 'webhook', events, concurrency, accepted, handlerPerSecond: Math.round(handlerRate), rawTransactPerSecond: Math.round(rawRate), ratio: ratio(handlerRate, rawRate), target: '>= 0.50' }, null, 2));
env.stop();
process.exit(0);
