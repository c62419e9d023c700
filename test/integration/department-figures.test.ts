import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { reportDeps } from '../../functions/reports/deps';
import { departmentQuarterFigures } from '../../functions/reports/use-cases/department-figures';
import { serviceDeps } from '../../functions/service/deps';
import { actOnRequest } from '../../functions/service/use-cases/act-on-request';
import { receiveRequest } from '../../functions/service/use-cases/receive-request';
import type { ServiceAction } from '../../shared/schemas/service-request.schema';
import { parsePeriodId } from '../../shared/revisits/periods';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff, testTable } from '../support/table';

const { client, tableName } = testTable();
let api: Awaited<ReturnType<typeof startApi>>;
let customerId: string;
let clock = new Date();
const service = { ...serviceDeps(client, tableName), now: () => clock };

async function receive(at: string, as: Principal, kind: 'inquiry' | 'complaint' = 'inquiry') {
  clock = new Date(at);
  return receiveRequest(service, { customerId, kind, channel: 'phone', contact: { name: '王建国' }, statement: '对账单金额与发票不符。' }, as);
}
async function act(at: string, id: string, action: ServiceAction, as: Principal = callers.finance) {
  clock = new Date(at);
  return actOnRequest(service, id, action, as);
}

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  const c = await api.call('POST', '/customers', { as: callers.eastStaff, body: { name: '无锡部门考核测试有限公司', creditCode: newCreditCode(), kind: 'main-business', creditRating: 'A' } });
  expect(c.status).toBe(201);
  customerId = c.body.id;

  // Finance's 2026-Q3 (Shanghai 1 July – 30 September), request by request:
  // ① a complaint Finance receives and resolves an hour later, rated 4.
  const r1 = await receive('2026-08-03T01:00:00Z', callers.finance, 'complaint');
  await act('2026-08-03T02:00:00Z', r1.id, { action: 'resolve', resolution: '已核对并更正对账单', satisfaction: 4 });
  // ② received by East China, passed to Finance after 3 h for 12 August, closed on the 13th (Shanghai): late, rated 2.
  const r2 = await receive('2026-08-10T00:00:00Z', callers.eastStaff);
  await act('2026-08-10T03:00:00Z', r2.id, { action: 'transfer', reason: '属财务对账', handlingPlan: '财务部核对后回复', expectedDate: '2026-08-12', to: { department: 'finance' } }, callers.eastStaff);
  await act('2026-08-13T02:00:00Z', r2.id, { action: 'resolve', resolution: '已寄出更正后的对账单', satisfaction: 2 });
  // ③ received at 23:30 on 30 September (Shanghai), put off 9.5 h later to 10 October, still open on the 20th: late.
  const r3 = await receive('2026-09-30T15:30:00Z', callers.finance);
  await act('2026-10-01T01:00:00Z', r3.id, { action: 'pend', reason: '需调取原始凭证', handlingPlan: '节后调取凭证', expectedDate: '2026-10-10' });
  // Not Finance's Q3: received at 00:30 on 1 October (Q4), and one East China keeps.
  await receive('2026-09-30T16:30:00Z', callers.finance);
  await receive('2026-08-04T00:00:00Z', callers.eastStaff);
});
afterAll(() => api?.close());

describe("a department's quarter of service, read from the table", () => {
  it('gives Finance the figures computed by hand from its requests', async () => {
    const figures = await departmentQuarterFigures({ ...reportDeps(client, tableName), now: () => new Date('2026-10-20T00:00:00Z') }, 'finance', parsePeriodId('2026-Q3')!);
    expect(figures).toEqual({
      department: 'finance', quarter: '2026-Q3',
      requests: 3, complaints: 1,
      firstResponseHours: 4.5, // (1 + 3 + 9.5) / 3
      closed: 2, resolutionRate: 2 / 3, resolutionHours: 37.5, // (1 + 74) / 2
      promised: 2, pastPromised: 2, pastPromisedShare: 1,
      transfers: 1, transfersPerRequest: 1 / 3,
      satisfaction: 3, revisitRating: null, revisitRatings: 0,
    });
  });

  it('keeps the other departments and quarters apart', async () => {
    const deps = { ...reportDeps(client, tableName), now: () => new Date('2026-10-20T00:00:00Z') };
    expect(await departmentQuarterFigures(deps, 'unit:east', parsePeriodId('2026-Q3')!)).toMatchObject({ requests: 1, transfers: 0, closed: 0 });
    expect(await departmentQuarterFigures(deps, 'finance', parsePeriodId('2026-Q4')!)).toMatchObject({ requests: 1, closed: 0, firstResponseHours: null });
  });
});
