import { QueryCommand, UpdateCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keys } from '../../functions/core/keys';
import { reindexServiceRequests } from '../../functions/jobs/reindex-records/reindex-service-requests';
import { reindexVisits } from '../../functions/jobs/reindex-records/reindex-visits';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const { client, tableName } = testTable();

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

async function customer(name: string): Promise<string> {
  const c = await api.call('POST', '/customers', { as: callers.eastStaff, body: { name, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' } });
  expect(c.status).toBe(201);
  return c.body.id;
}

const requestsFound = async (q: string) =>
  ((await api.call('GET', `/search?q=${encodeURIComponent(q)}`, { as: callers.eastHead })).body.serviceRequests as { id: string }[]).map((r) => r.id);

describe('reindex-service-requests: requests saved before the by-customer index', () => {
  it('are found by their customer in the header search once the job has run, and a rerun changes nothing', async () => {
    const customerId = await customer('嘉兴旧单据纺织有限公司');
    const sr = await api.call('POST', '/service-requests', {
      as: callers.eastStaff,
      body: { customerId, kind: 'inquiry', channel: 'phone', contact: { name: '沈建华' }, statement: '询问去年订单的发票。' },
    });
    expect(sr.status).toBe(201);
    expect(await requestsFound('旧单据纺织')).toEqual([sr.body.id]);
    // As the request was stored before GSI5 existed: without the by-customer index attributes.
    await client.send(new UpdateCommand({ TableName: tableName, Key: keys.serviceRequest(sr.body.id), UpdateExpression: 'REMOVE GSI5PK, GSI5SK' }));
    expect(await requestsFound('旧单据纺织')).toEqual([]);

    expect(await reindexServiceRequests(client, tableName, 2)).toEqual({ records: 1, rewritten: 1, changedMeanwhile: 0 });
    expect(await requestsFound('旧单据纺织')).toEqual([sr.body.id]);
    // The request itself is as it was: same version, same timeline, still actionable.
    const after = await api.call('GET', `/service-requests/${sr.body.id}`, { as: callers.eastStaff });
    expect(after.body).toMatchObject({ id: sr.body.id, version: sr.body.version, customerId });
    expect(await reindexServiceRequests(client, tableName, 2)).toEqual({ records: 1, rewritten: 1, changedMeanwhile: 0 });
    expect(await requestsFound('旧单据纺织')).toEqual([sr.body.id]);
  });
});

describe('reindex-visits: visits saved before the open-step entries', () => {
  it('gets each open step back under its holder, so the 工作台 and GET /visit-steps count it', async () => {
    const customerId = await customer('嘉兴旧接待机械有限公司');
    const arrival = Date.now() + 10 * 86_400_000;
    const visit = await api.call('POST', '/visits', {
      as: callers.eastStaff,
      body: {
        customerId,
        visitors: [{ name: '沈建华', title: '采购经理', rank: 'manager' }],
        arrivalAt: new Date(arrival).toISOString(),
        departureAt: new Date(arrival + 86_400_000).toISOString(),
        purpose: '考察新生产线',
        headcount: 2,
      },
    });
    expect(visit.status, JSON.stringify(visit.body)).toBe(201);
    const mine = async () => ((await api.call('GET', '/visit-steps?limit=100', { as: callers.eastHead })).body.items as { stepId: string }[]).map((s) => s.stepId).sort();
    const listed = await mine();
    expect(listed.length).toBeGreaterThan(0);

    // As the visit was stored before the entries existed: none under any holder.
    const entries = await client.send(new QueryCommand({ TableName: tableName, KeyConditionExpression: 'PK = :pk', ExpressionAttributeValues: { ':pk': keys.visitStepPartition('unit-head@east').pk } }));
    for (const e of entries.Items ?? []) await client.send(new DeleteCommand({ TableName: tableName, Key: { PK: e.PK, SK: e.SK } }));
    expect(await mine()).toEqual([]);

    expect(await reindexVisits(client, tableName, 2)).toEqual({ records: 1, rewritten: 1, changedMeanwhile: 0 });
    expect(await mine()).toEqual(listed);
    const home = await api.call('GET', '/home', { as: callers.eastHead });
    expect(home.body.todos.find((t: { kind: string }) => t.kind === 'reception-steps')?.count).toBe(listed.length);
    expect(await reindexVisits(client, tableName, 2)).toEqual({ records: 1, rewritten: 1, changedMeanwhile: 0 });
    expect(await mine()).toEqual(listed);
  });
});
