import { beforeAll, it } from 'vitest';
import { forEachLimited } from '../../functions/core/concurrency';
import { createCustomer } from '../../functions/customers/use-cases/create-customer';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';
import { PutCommand } from '@aws-sdk/lib-dynamodb';

const { deps, client, tableName } = testTable();
beforeAll(seedStaff);

it('times', { timeout: 600_000 }, async () => {
  for (const c of [8, 16]) {
    const items = Array.from({ length: 160 }, (_, i) => i);
    let t = Date.now();
    await forEachLimited(items, c, async (i) => {
      await createCustomer(deps, { name: `导${c}x${i}`, creditCode: newCreditCode(), kind: 'potential', creditRating: 'B', unitId: 'east', ownerId: 'east.staff', contacts: [], notes: '' }, callers.salesHead);
    });
    console.log('create concurrency', c, (Date.now() - t) / 160, 'ms/row');
    t = Date.now();
    await forEachLimited(items, c, async (i) => {
      await client.send(new PutCommand({ TableName: tableName, Item: { PK: `X#${c}#${i}`, SK: 'Y', v: i } }));
    });
    console.log('put concurrency', c, (Date.now() - t) / 160, 'ms/row');
  }
});
