import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Principal } from '../../functions/core/principal';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const leader: Principal = { id: 'leader', name: '陈志远', role: 'leadership' };
const office: Principal = { id: 'office.liu', name: '刘芳', role: 'office' };
const northHead: Principal = { id: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' };

const day = 86_400_000;
/** A Shanghai wall-clock time `days` from now, as the SPA would send it. */
const shanghai = (date: string, time: string) => `${date}T${time}:00+08:00`;
const inDays = (days: number) => new Date(Date.now() + days * day).toISOString().slice(0, 10);

async function customerOfTier(tier: 'vip' | 'key' | 'general' | 'reserve', as: Principal = callers.eastStaff): Promise<string> {
  const c = await api.call('POST', '/customers', {
    as,
    body: { name: `接待测试${tier}有限公司`, creditCode: newCreditCode(), kind: 'main-business', creditRating: 'AAA' },
  });
  expect(c.status).toBe(201);
  if (tier !== 'reserve') {
    const held = await api.call('PUT', `/customers/${c.body.id}/tier-override`, {
      as: callers.salesHead,
      body: { tier, reason: '接待测试', expiresOn: '2099-12-31' },
    });
    expect(held.status).toBe(200);
  }
  return c.body.id;
}

function registration(customerId: string, over: Record<string, unknown> = {}) {
  const date = inDays(10);
  return {
    customerId,
    visitors: [
      { name: '钱立群', title: '董事长', rank: 'chairman-gm' },
      { name: '李敏', title: '采购部经理', rank: 'manager' },
    ],
    arrivalAt: shanghai(date, '10:30'),
    departureAt: shanghai(inDays(11), '16:00'),
    purpose: '年度战略合作洽谈',
    travel: { arrival: { mode: 'station', place: '上海虹桥站', at: shanghai(date, '10:30'), reference: 'G7' } },
    lodging: { requested: true, rooms: 2 },
    headcount: 4,
    ...over,
  };
}

async function register(as: Principal, body: unknown) {
  const res = await api.call('POST', '/visits', { as, body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

async function inboxOf(who: Principal, visitId: string) {
  const res = await api.call('GET', '/inbox?limit=100', { as: who });
  return (res.body.items as { kind: string; link?: string; body: { 'zh-CN': string; en: string } }[]).filter((n) => n.link === `/visits/${visitId}`);
}

const stepOf = (visit: { steps: { kind: string }[] }, kind: string) => visit.steps.find((s) => s.kind === kind) as Record<string, any>;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
});
afterAll(() => api?.close());

describe('a VIP chairman’s visit (第十条〔三〕1〔1〕)', () => {
  let vipId: string;
  beforeAll(async () => {
    vipId = await customerOfTier('vip');
  });

  it('is registered with a plan awaiting leadership approval, its steps waiting, the approver and open-step owners told', async () => {
    const visit = await register(callers.eastStaff, registration(vipId));
    expect(visit).toMatchObject({
      status: 'awaiting-approval',
      tier: 'vip',
      rank: 'chairman-gm',
      cell: 'vip.chairman-gm',
      hostUnitId: 'east',
      customerName: '接待测试vip有限公司',
      registeredBy: { id: 'east.staff', role: 'unit-staff' },
      plan: { drafter: { party: 'sales-department', role: 'sales-head' } },
      approval: { required: true, status: 'pending', approver: { role: 'leadership' } },
      version: 1,
    });
    expect(Object.fromEntries(visit.steps.map((s: { kind: string; status: string }) => [s.kind, s.status]))).toEqual({
      info: 'open', plan: 'open', approval: 'open', lodging: 'waiting', pickup: 'waiting', meeting: 'waiting', banquet: 'waiting',
    });
    expect(stepOf(visit, 'info')).toMatchObject({ clause: '第十条〔三〕1〔1〕①', source: '来访信息由各业务单位采集后报总经理办公室', owner: { role: 'unit-head', unitId: 'east' } });
    // Arrival at 10:30 in Shanghai: the information is due 72 h before, the pick-up at arrival.
    expect(Date.parse(visit.arrivalAt) - Date.parse(stepOf(visit, 'info').dueAt)).toBe(72 * 3600_000);
    expect(stepOf(visit, 'pickup').dueAt).toBe(visit.arrivalAt);

    expect((await inboxOf(leader, visit.id)).map((n) => n.kind)).toEqual(['visit-approval']);
    expect((await inboxOf(callers.eastHead, visit.id)).map((n) => n.kind)).toEqual(['visit-steps']);
    expect((await inboxOf(callers.salesHead, visit.id)).map((n) => n.kind)).toEqual(['visit-steps']); // the plan is Sales's to draft
    expect(await inboxOf(office, visit.id)).toEqual([]); // the banquet it assists with still waits

    const queue = await api.call('GET', '/visit-approvals', { as: leader });
    expect(queue.body.items.map((v: { id: string }) => v.id)).toContain(visit.id);
    const get = await api.call('GET', `/visits/${visit.id}`, { as: callers.eastStaff });
    expect(get.headers.get('etag')).toBe('"1"');
    expect(get.body.steps.every((s: { overdue: boolean }) => s.overdue === false)).toBe(true);
  });

  it('approved by leadership: steps open, their owners and helpers are told, the queue empties', async () => {
    const visit = await register(callers.eastStaff, registration(vipId));
    const refused = await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'rejected' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('reason');

    const approved = await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'approved', reason: '同意' } });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body).toMatchObject({ status: 'open', approval: { status: 'approved', rounds: [{ decision: 'approved', decidedBy: { id: 'leader' } }] }, version: 2 });
    expect(approved.body.steps.filter((s: { status: string }) => s.status === 'waiting')).toEqual([]);
    expect(stepOf(approved.body, 'approval')).toMatchObject({ status: 'done', doneBy: { id: 'leader' } });

    const salesNotices = await inboxOf(callers.salesHead, visit.id);
    expect(salesNotices.map((n) => n.kind).sort()).toEqual(['visit-steps', 'visit-steps']);
    expect(salesNotices.some((n) => n.body.en.includes('Meet and see off the guests'))).toBe(true);
    const officeNotices = await inboxOf(office, visit.id);
    expect(officeNotices).toHaveLength(1);
    expect(officeNotices[0]!.body['zh-CN']).toContain('安排宴请');

    const again = await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'approved' } });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'visit_not_awaiting_approval' } } });
    const queue = await api.call('GET', '/visit-approvals?limit=100', { as: leader });
    expect(queue.body.items.map((v: { id: string }) => v.id)).not.toContain(visit.id);
  });

  it('rejected: back to its drafter with the reason; only the drafter resubmits; the approver is asked again', async () => {
    const visit = await register(callers.eastStaff, registration(vipId));
    const rejected = await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'rejected', reason: '请补充会谈议程' } });
    expect(rejected.body).toMatchObject({ status: 'rejected', approval: { status: 'rejected' } });
    const notices = await inboxOf(callers.salesHead, visit.id);
    expect(notices.map((n) => n.kind)).toContain('visit-rejected');
    expect(notices.find((n) => n.kind === 'visit-rejected')!.body['zh-CN']).toContain('请补充会谈议程');

    const byUnit = await api.call('POST', `/visits/${visit.id}/resubmit`, { as: callers.eastHead, body: {} });
    expect(byUnit).toMatchObject({ status: 403, body: { error: { code: 'visit_not_drafter' } } });
    const resubmitted = await api.call('POST', `/visits/${visit.id}/resubmit`, { as: callers.salesHead, body: { planNotes: '10:30 接站；14:00 专项会议（议程附后）' } });
    expect(resubmitted.body).toMatchObject({ status: 'awaiting-approval', plan: { notes: '10:30 接站；14:00 专项会议（议程附后）' }, approval: { status: 'pending' } });
    expect(resubmitted.body.approval.rounds).toHaveLength(2);
    expect((await inboxOf(leader, visit.id)).map((n) => n.kind)).toEqual(['visit-approval', 'visit-approval']);
  });

  it('has its steps ticked done with a note by their owners; the information is reported to the GM office', async () => {
    const visit = await register(callers.eastStaff, registration(vipId));
    const info = await api.call('POST', `/visits/${visit.id}/steps/info/done`, { as: callers.eastHead, body: { note: '4 人，G7 次高铁' } });
    expect(info.status, JSON.stringify(info.body)).toBe(200);
    expect(stepOf(info.body, 'info')).toMatchObject({ status: 'done', note: '4 人，G7 次高铁', doneBy: { id: 'east.head' } });
    expect((await inboxOf(office, visit.id)).map((n) => n.kind)).toEqual(['visit-info']);

    const early = await api.call('POST', `/visits/${visit.id}/steps/pickup/done`, { as: callers.salesHead, body: {} });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'visit_step_waiting' } } });
    await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'approved' } });

    const pickup = await api.call('POST', `/visits/${visit.id}/steps/pickup/done`, { as: callers.salesHead, body: { note: '已安排虹桥站接站' } });
    expect(stepOf(pickup.body, 'pickup')).toMatchObject({ status: 'done', doneBy: { id: 'sales.head' } });
    const notYours = await api.call('POST', `/visits/${visit.id}/steps/banquet/done`, { as: callers.eastStaff, body: {} });
    expect(notYours).toMatchObject({ status: 403, body: { error: { code: 'visit_step_not_yours' } } });
    const meeting = await api.call('POST', `/visits/${visit.id}/steps/meeting/done`, { as: leader, body: { note: '三楼会议室' } });
    expect(meeting.status).toBe(200);
    const twice = await api.call('POST', `/visits/${visit.id}/steps/meeting/done`, { as: leader, body: {} });
    expect(twice.body.error.code).toBe('visit_step_done');
    const unknown = await api.call('POST', `/visits/${visit.id}/steps/nope/done`, { as: callers.eastHead, body: {} });
    expect(unknown.status).toBe(404);
  });

  it('takes two ticks at the same moment without losing either', async () => {
    const visit = await register(callers.eastStaff, registration(vipId));
    await api.call('POST', `/visits/${visit.id}/approval`, { as: leader, body: { decision: 'approved' } });
    const [a, b, c] = await Promise.all([
      api.call('POST', `/visits/${visit.id}/steps/lodging/done`, { as: callers.eastHead, body: { note: '锦江饭店 2 间' } }),
      api.call('POST', `/visits/${visit.id}/steps/pickup/done`, { as: callers.salesHead, body: {} }),
      api.call('POST', `/visits/${visit.id}/steps/banquet/done`, { as: callers.admin, body: {} }),
    ]);
    expect([a.status, b.status, c.status]).toEqual([200, 200, 200]);
    const after = await api.call('GET', `/visits/${visit.id}`, { as: callers.eastHead });
    expect(['lodging', 'pickup', 'banquet'].map((k) => stepOf(after.body, k).status)).toEqual(['done', 'done', 'done']);
    expect(after.body.version).toBe(5);
  });
});

describe('unit scope', () => {
  let visitId: string;
  let customerId: string;
  beforeAll(async () => {
    customerId = await customerOfTier('key');
    visitId = (await register(callers.eastStaff, registration(customerId))).id;
  });

  it('hides another unit’s visit: reads and writes are 404', async () => {
    expect((await api.call('GET', `/visits/${visitId}`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('POST', `/visits/${visitId}/steps/info/done`, { as: northHead, body: {} })).status).toBe(404);
    expect((await api.call('POST', `/visits/${visitId}/cancel`, { as: northHead, body: { reason: '测试' } })).status).toBe(404);
    expect((await api.call('GET', `/customers/${customerId}/visits`, { as: callers.northStaff })).status).toBe(404);
    expect((await api.call('GET', `/visits/${visitId}`, { as: office })).status).toBe(200);
  });

  it('refuses registering a visit of a customer the registrant cannot see', async () => {
    const res = await api.call('POST', '/visits', { as: callers.northStaff, body: registration(customerId) });
    expect(res.status).toBe(404);
  });

  it('keeps a unit user’s calendar to their unit, whatever unit they ask for', async () => {
    const range = `from=${inDays(9)}&to=${inDays(12)}`;
    const north = await api.call('GET', `/visits?${range}&unitId=east`, { as: callers.northStaff });
    expect(north.body.items.map((v: { id: string }) => v.id)).not.toContain(visitId);
    const east = await api.call('GET', `/visits?${range}&unitId=north`, { as: callers.eastStaff2 });
    expect(east.body.items.map((v: { id: string }) => v.id)).toContain(visitId);
    const salesNorth = await api.call('GET', `/visits?${range}&unitId=north`, { as: callers.salesHead });
    expect(salesNorth.body.items.map((v: { id: string }) => v.id)).not.toContain(visitId);
  });
});

describe('the calendar', () => {
  it('lists visits overlapping the dates in Asia/Shanghai, in arrival order', async () => {
    const customerId = await customerOfTier('key', callers.eastStaff);
    const base = { visitors: [{ name: '周工', title: '工程师', rank: 'below-manager' }], headcount: 1, travel: {}, lodging: { requested: false } };
    const d = (n: number) => inDays(40 + n);
    const late = await register(callers.eastStaff, { ...registration(customerId), ...base, arrivalAt: shanghai(d(0), '23:30'), departureAt: shanghai(d(1), '12:00') });
    const nextDay = await register(callers.eastStaff, { ...registration(customerId), ...base, arrivalAt: shanghai(d(1), '00:30'), departureAt: shanghai(d(1), '12:00') });
    const spanning = await register(callers.eastStaff, { ...registration(customerId), ...base, arrivalAt: shanghai(d(-20), '09:00'), departureAt: shanghai(d(0), '09:00') });
    const over = await register(callers.eastStaff, { ...registration(customerId), ...base, arrivalAt: shanghai(d(-20), '09:00'), departureAt: shanghai(d(-1), '23:59') });

    for (const [as, unit] of [[callers.eastHead, ''], [callers.salesHead, ''], [callers.salesHead, '&unitId=east']] as const) {
      const res = await api.call('GET', `/visits?from=${d(0)}&to=${d(0)}${unit}`, { as });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const ids = res.body.items.map((v: { id: string }) => v.id);
      expect(ids.filter((id: string) => [late.id, nextDay.id, spanning.id, over.id].includes(id))).toEqual([spanning.id, late.id]);
      expect(res.body.truncated).toBe(false);
    }
    const bad = await api.call('GET', `/visits?from=${d(1)}&to=${d(0)}`, { as: callers.eastHead });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('to');
  });
});

describe('a general customer’s visit: the unit’s own arrangement', () => {
  it('is open at once; the hosting unit edits its steps (If-Match), records the visit, and the customer shows it', async () => {
    const customerId = await customerOfTier('general');
    const past = new Date(Date.now() - 2 * 3600_000).toISOString();
    const visit = await register(callers.eastStaff, {
      ...registration(customerId),
      arrivalAt: past,
      departureAt: new Date(Date.now() + 3600_000).toISOString(),
      lodging: { requested: false },
      travel: {},
    });
    expect(visit).toMatchObject({ cell: 'unit-own', status: 'open', approval: { required: false, status: 'not-required' } });
    expect(visit.steps.map((s: { id: string }) => s.id)).toEqual(['info', 'plan', 'pickup', 'meeting']);
    expect(visit.overdueCount).toBe(4); // registered after the guests arrived: every step is past its due time

    const steps = [
      ...visit.steps.filter((s: { id: string }) => s.id !== 'pickup').map((s: { id: string; title: { 'zh-CN': string }; dueAt: string }) => ({ id: s.id, title: s.title['zh-CN'], dueAt: s.dueAt })),
      { title: '参观生产线', dueAt: new Date(Date.now() + 1800_000).toISOString() },
    ];
    const noMatch = await api.call('PUT', `/visits/${visit.id}/steps`, { as: callers.eastStaff2, body: { steps } });
    expect(noMatch.status).toBe(428);
    const stale = await api.call('PUT', `/visits/${visit.id}/steps`, { as: callers.eastStaff2, body: { steps }, headers: { 'if-match': '"7"' } });
    expect(stale.status).toBe(412);
    const other = await api.call('PUT', `/visits/${visit.id}/steps`, { as: callers.salesHead, body: { steps }, headers: { 'if-match': '"1"' } });
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'visit_not_host' } } });
    const edited = await api.call('PUT', `/visits/${visit.id}/steps`, { as: callers.eastStaff2, body: { steps }, headers: { 'if-match': '"1"' } });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    expect(edited.body.steps.map((s: { id: string }) => s.id)).toEqual(['info', 'plan', 'meeting', 'custom-1']);
    expect(edited.headers.get('etag')).toBe('"2"');

    const record = await api.call('POST', `/visits/${visit.id}/record`, {
      as: callers.eastStaff,
      body: { metWith: ['孙强', '周婷'], outcomes: '确认明年采购意向约 80 万元', followUps: [{ description: '两周内回访确认报价', kind: 'revisit', ownerId: 'east.staff', dueOn: inDays(14) }] },
    });
    expect(record.status, JSON.stringify(record.body)).toBe(200);
    expect(record.body).toMatchObject({ status: 'recorded', overdueCount: 0, record: { recordedBy: { id: 'east.staff' }, followUps: [{ kind: 'revisit' }] } });

    const history = await api.call('GET', `/customers/${customerId}/visits`, { as: callers.eastHead });
    expect(history.body.items).toHaveLength(1);
    expect(history.body.items[0]).toMatchObject({ id: visit.id, record: { outcomes: '确认明年采购意向约 80 万元' } });
    const closed = await api.call('POST', `/visits/${visit.id}/cancel`, { as: callers.eastStaff, body: { reason: '误登记' } });
    expect(closed).toMatchObject({ status: 409, body: { error: { code: 'visit_closed' } } });
  });

  it('refuses editing the steps of a VIP or key customer’s visit', async () => {
    const customerId = await customerOfTier('key');
    const visit = await register(callers.eastHead, { ...registration(customerId), visitors: [{ name: '王工', title: '', rank: 'manager' }] });
    const res = await api.call('PUT', `/visits/${visit.id}/steps`, { as: callers.eastHead, body: { steps: [] }, headers: { 'if-match': '"1"' } });
    expect(res).toMatchObject({ status: 409, body: { error: { code: 'visit_steps_from_standard' } } });
  });
});

describe('registration', () => {
  it('names the fields that are wrong, in the caller’s language', async () => {
    const customerId = await customerOfTier('vip');
    const res = await api.call('POST', '/visits', {
      as: callers.eastStaff,
      body: { ...registration(customerId), departureAt: shanghai(inDays(9), '10:00'), headcount: 1 },
      headers: { 'accept-language': 'en' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ departureAt: 'The departure must be after the arrival.', headcount: 'The headcount cannot be less than the visitors named.' });
    const hosted = await api.call('POST', '/visits', { as: callers.eastStaff, body: { ...registration(customerId), hostUnitId: 'north' } });
    expect(hosted.body.error.fields).toHaveProperty('hostUnitId');
  });

  it('hosts a Sales registrant’s visit in the customer’s unit', async () => {
    const customerId = await customerOfTier('key');
    const visit = await register(callers.sales, { ...registration(customerId), visitors: [{ name: '王工', title: '', rank: 'below-manager' }] });
    expect(visit).toMatchObject({ hostUnitId: 'east', cell: 'key.manager-and-below', status: 'open' });
    expect(stepOf(visit, 'screen')).toMatchObject({ owner: { role: 'sales-head' }, clause: '第十条〔三〕2〔2〕⑥' });
  });
});
