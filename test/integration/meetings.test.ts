import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi } from '../support/api-harness';
import { newCreditCode } from '../support/credit-codes';
import { callers } from '../support/principals';
import { seedStaff } from '../support/table';

let api: Awaited<ReturnType<typeof startApi>>;
const hour = 3_600_000;

async function customer(as: (typeof callers)[keyof typeof callers], name: string, tier: string, kind = 'main-business') {
  const made = await api.call('POST', '/customers', {
    as,
    body: { name, creditCode: newCreditCode(), kind, creditRating: 'A', contacts: [{ name: `${name.slice(0, 2)}经理`, title: '采购经理', primary: true }] },
  });
  expect(made.status, JSON.stringify(made.body)).toBe(201);
  const held = await api.call('PUT', `/customers/${made.body.id}/tier-override`, { as: callers.salesHead, body: { tier, reason: '座谈会测试', expiresOn: '2099-12-31' } });
  expect(held.status).toBe(200);
  return made.body.id as string;
}

async function meeting(startsAt = new Date(Date.now() - hour)) {
  const res = await api.call('POST', '/meetings', {
    as: callers.sales,
    body: { topic: '重点客户座谈会', kind: 'symposium', startsAt: startsAt.toISOString(), place: '公司三楼会议室', hostIds: ['sales.head', 'east.head'], budgetNote: '茶歇 2000 元' },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string };
}

let eastKey: string;
let eastKey2: string;
let northKey: string;
let eastGeneral: string;

beforeAll(async () => {
  await seedStaff();
  api = await startApi();
  eastKey = await customer(callers.eastStaff, '座谈华东甲有限公司', 'key');
  eastKey2 = await customer(callers.eastStaff, '座谈华东乙有限公司', 'key', 'service');
  eastGeneral = await customer(callers.eastStaff, '座谈华东丙有限公司', 'general');
  northKey = await customer(callers.northStaff, '座谈华北甲有限公司', 'key');
});
afterAll(() => api?.close());

describe('planning a meeting', () => {
  it('shows the hosts by name and refuses hosts not in the directory', async () => {
    const made = await meeting();
    const shown = await api.call('GET', `/meetings/${made.id}`, { as: callers.salesHead });
    expect(shown.body).toMatchObject({ status: 'planned', hosts: [{ id: 'sales.head', name: '李静' }, { id: 'east.head', name: '孙强' }], budgetNote: '茶歇 2000 元', organizer: { id: 'sales.zhang' } });
    const bad = await api.call('POST', '/meetings', {
      as: callers.sales,
      body: { topic: '交流会', kind: 'exchange', startsAt: new Date().toISOString(), place: '会议室', hostIds: ['nobody.here'] },
    });
    expect(bad).toMatchObject({ status: 400, body: { error: { fields: { hostIds: expect.stringContaining('nobody.here') } } } });
    const smuggled = await api.call('POST', '/meetings', { as: callers.sales, body: { topic: '交流会', kind: 'exchange', startsAt: new Date().toISOString(), place: '会议室', hostIds: ['sales.head'], status: 'held' } });
    expect(smuggled.status).toBe(400);
  });
});

describe('changing a planned meeting', () => {
  it('changes topic, start, place, hosts and budget at the version read, with history, and carries topic and start to the invitations', async () => {
    const m = await meeting(new Date(Date.now() + 48 * hour));
    await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey] } });
    const startsAt = new Date(Date.now() + 72 * hour).toISOString();
    const patch = { topic: '重点客户交期座谈会', startsAt, place: '公司五楼会议室', hostIds: ['sales.head'], budgetNote: '茶歇 2500 元' };
    expect((await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: patch })).status).toBe(428);
    expect((await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: patch, headers: { 'if-match': '"7"' } })).status).toBe(412);
    expect((await api.call('PATCH', `/meetings/${m.id}`, { as: callers.eastHead, body: patch, headers: { 'if-match': '"1"' } })).status).toBe(403);
    expect((await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: { status: 'held' }, headers: { 'if-match': '"1"' } })).status).toBe(400);
    expect((await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: {}, headers: { 'if-match': '"1"' } })).status).toBe(400);
    const unknownHost = await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: { hostIds: ['nobody.here'] }, headers: { 'if-match': '"1"' } });
    expect(unknownHost).toMatchObject({ status: 400, body: { error: { fields: { hostIds: expect.stringContaining('nobody.here') } } } });

    const changed = await api.call('PATCH', `/meetings/${m.id}`, { as: callers.sales, body: patch, headers: { 'if-match': '"1"' } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.headers.get('etag')).toBe('"2"');
    expect(changed.body).toMatchObject({ topic: patch.topic, startsAt, place: patch.place, hosts: [{ id: 'sales.head', name: '李静' }], budgetNote: '茶歇 2500 元', kind: 'symposium', version: 2 });
    // The same values again change nothing: no new version, no history entry.
    const same = await api.call('PATCH', `/meetings/${m.id}`, { as: callers.salesHead, body: { place: patch.place }, headers: { 'if-match': '"2"' } });
    expect(same.body.version).toBe(2);
    await api.call('PATCH', `/meetings/${m.id}`, { as: callers.salesHead, body: { place: '公司六楼会议室' }, headers: { 'if-match': '"2"' } });

    const history = await api.call('GET', `/meetings/${m.id}/history`, { as: callers.eastStaff });
    expect(history.status).toBe(200);
    expect(history.body.items).toEqual([
      expect.objectContaining({ version: 3, by: { id: 'sales.head', name: '李静' }, before: { place: '公司五楼会议室' }, after: { place: '公司六楼会议室' } }),
      expect.objectContaining({
        version: 2,
        by: { id: 'sales.zhang', name: '张伟' },
        before: { topic: '重点客户座谈会', startsAt: expect.any(String), place: '公司三楼会议室', hosts: [{ id: 'sales.head', name: '李静' }, { id: 'east.head', name: '孙强' }], budgetNote: '茶歇 2000 元' },
        after: { topic: patch.topic, startsAt, place: '公司五楼会议室', hosts: [{ id: 'sales.head', name: '李静' }], budgetNote: '茶歇 2500 元' },
      }),
    ]);
    expect((await api.call('GET', `/meetings/${m.id}/history`, { as: callers.northStaff })).status).toBe(404);

    // The customer's page and the unit's list show the new topic and start.
    const page = await api.call('GET', `/customers/${eastKey}/meetings`, { as: callers.eastStaff });
    expect(page.body.items.find((i: { meetingId: string }) => i.meetingId === m.id)).toMatchObject({ topic: patch.topic, startsAt });
    const unitList = await api.call('GET', '/meetings', { as: callers.eastStaff });
    expect(unitList.body.items.find((i: { id: string }) => i.id === m.id)).toMatchObject({ topic: patch.topic, startsAt });
  });

  it('refuses to change a held or cancelled meeting', async () => {
    const held = await meeting();
    await api.call('PUT', `/meetings/${held.id}/minutes`, { as: callers.sales, body: { text: '会议纪要。' } });
    const late = await api.call('PATCH', `/meetings/${held.id}`, { as: callers.sales, body: { place: '别处' }, headers: { 'if-match': '"2"' } });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'meeting.notEditable' } } });
    const off = await meeting(new Date(Date.now() + 24 * hour));
    await api.call('POST', `/meetings/${off.id}/cancel`, { as: callers.sales, body: { reason: '场地冲突' } });
    expect((await api.call('PATCH', `/meetings/${off.id}`, { as: callers.sales, body: { place: '别处' }, headers: { 'if-match': '"2"' } })).status).toBe(409);
  });
});

describe('inviting customers from the archive', () => {
  it('invites by tier and unit, one by one, never twice, with the primary contact as the one to come', async () => {
    const m = await meeting();
    const byFilter = await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { filter: { unitId: 'east', tier: 'key' } } });
    expect(byFilter.status, JSON.stringify(byFilter.body)).toBe(200);
    expect(byFilter.body.invited).toBeGreaterThanOrEqual(2);
    const again = await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey, northKey] } });
    expect(again.body).toEqual({ invited: 1, alreadyInvited: 1 });
    const shown = await api.call('GET', `/meetings/${m.id}`, { as: callers.sales });
    const ids = shown.body.invitations.map((i: { customerId: string }) => i.customerId);
    expect(ids).toEqual(expect.arrayContaining([eastKey, eastKey2, northKey]));
    expect(ids).not.toContain(eastGeneral);
    expect(shown.body.invitations.find((i: { customerId: string }) => i.customerId === eastKey).contacts).toEqual([{ name: '座谈经理', title: '采购经理' }]);
    const byKind = await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { filter: { unitId: 'east', kind: 'service' } } });
    expect(byKind.body).toMatchObject({ invited: 0, alreadyInvited: expect.any(Number) });
    expect((await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { filter: {} } })).status).toBe(400);
    expect((await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: ['no-such-customer'] } })).status).toBe(404);
  });

  it('shows a unit user only the meetings and invitations of their unit', async () => {
    const m = await meeting();
    const other = await meeting();
    await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey, northKey] } });
    await api.call('POST', `/meetings/${other.id}/invitations`, { as: callers.sales, body: { customerIds: [northKey] } });
    const shown = await api.call('GET', `/meetings/${m.id}`, { as: callers.eastStaff });
    expect(shown.body.invitations.map((i: { customerId: string }) => i.customerId)).toEqual([eastKey]);
    expect(shown.body.summary.invited).toBe(1);
    expect((await api.call('GET', `/meetings/${other.id}`, { as: callers.eastStaff })).status).toBe(404);
    const list = await api.call('GET', '/meetings?limit=100', { as: callers.eastStaff });
    const listed = list.body.items.map((r: { id: string }) => r.id);
    expect(listed).toContain(m.id);
    expect(listed).not.toContain(other.id);
    expect(listed.filter((id: string) => id === m.id)).toHaveLength(1);
    const theirs = await api.call('PUT', `/meetings/${m.id}/invitations/${northKey}`, { as: callers.eastStaff, body: { reply: 'accepted' } });
    expect(theirs.status).toBe(404);
  });
});

describe('replies, attendance, minutes and the customer page', () => {
  it('records them and lists the meeting on the customer’s page', async () => {
    const future = await meeting(new Date(Date.now() + 48 * hour));
    await api.call('POST', `/meetings/${future.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey] } });
    const replied = await api.call('PUT', `/meetings/${future.id}/invitations/${eastKey}`, { as: callers.eastStaff, body: { reply: 'accepted', contacts: [{ name: '钱立群', title: '总经理' }] } });
    expect(replied.body).toMatchObject({ reply: 'accepted', contacts: [{ name: '钱立群', title: '总经理' }] });
    const early = await api.call('PUT', `/meetings/${future.id}/invitations/${eastKey}`, { as: callers.eastStaff, body: { attended: true } });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'meeting.notStarted' } } });
    expect((await api.call('PUT', `/meetings/${future.id}/minutes`, { as: callers.sales, body: { text: '提前写的纪要' } })).status).toBe(409);

    const held = await meeting();
    await api.call('POST', `/meetings/${held.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey, eastKey2] } });
    const came = await api.call('PUT', `/meetings/${held.id}/invitations/${eastKey}`, { as: callers.eastHead, body: { attendees: ['钱立群'] } });
    expect(came.body).toMatchObject({ attended: true, reply: 'accepted', attendees: ['钱立群'] });
    await api.call('PUT', `/meetings/${held.id}/invitations/${eastKey2}`, { as: callers.sales, body: { attended: false } });
    const minutes = await api.call('PUT', `/meetings/${held.id}/minutes`, { as: callers.sales, body: { text: '与会客户就交期和包装提出意见。' } });
    expect(minutes.body).toMatchObject({ status: 'held', minutes: { text: '与会客户就交期和包装提出意见。', recordedBy: { name: '张伟' } } });
    expect((await api.call('PUT', `/meetings/${held.id}/minutes`, { as: callers.eastHead, body: { text: '单位不能写纪要' } })).status).toBe(403);

    const page = await api.call('GET', `/customers/${eastKey}/meetings`, { as: callers.eastStaff });
    const rows = page.body.items.filter((i: { meetingId: string }) => [future.id, held.id].includes(i.meetingId));
    expect(rows).toEqual([
      expect.objectContaining({ meetingId: future.id, reply: 'accepted' }),
      expect.objectContaining({ meetingId: held.id, attended: true }),
    ]);
    expect((await api.call('GET', `/customers/${northKey}/meetings`, { as: callers.eastStaff })).status).toBe(404);
    const summary = (await api.call('GET', `/meetings/${held.id}`, { as: callers.sales })).body.summary;
    expect(summary).toEqual({ invited: 2, accepted: 1, declined: 0, pending: 1, attended: 1 });
  });

  it('cancels a planned meeting, and then refuses changes', async () => {
    const m = await meeting(new Date(Date.now() + 24 * hour));
    await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey] } });
    expect((await api.call('POST', `/meetings/${m.id}/cancel`, { as: callers.sales, body: { reason: '场地冲突' } })).body.status).toBe('cancelled');
    const late = await api.call('PUT', `/meetings/${m.id}/invitations/${eastKey}`, { as: callers.sales, body: { reply: 'accepted' } });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'meeting.cancelled' } } });
  });
});

describe('feedback becoming a service request or a revisit', () => {
  it('turns an item into a request linked both ways, once, and another into a revisit', async () => {
    const m = await meeting();
    await api.call('POST', `/meetings/${m.id}/invitations`, { as: callers.sales, body: { customerIds: [eastKey, northKey] } });
    expect((await api.call('POST', `/meetings/${m.id}/feedback`, { as: callers.sales, body: { customerId: eastGeneral, text: '未受邀的客户' } })).status).toBe(400);
    expect((await api.call('POST', `/meetings/${m.id}/feedback`, { as: callers.eastStaff, body: { customerId: northKey, text: '别的单位的客户' } })).status).toBe(404);
    const first = await api.call('POST', `/meetings/${m.id}/feedback`, { as: callers.eastStaff, body: { customerId: eastKey, text: '上批货包装破损，希望改进', raisedBy: '钱立群' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await api.call('POST', `/meetings/${m.id}/feedback`, { as: callers.sales, body: { customerId: northKey, text: '希望每季度来访一次' } });
    const [pack] = first.body.feedback;
    const visitItem = second.body.feedback[1];

    const path = `/meetings/${m.id}/feedback/${pack.id}/service-request`;
    expect((await api.call('POST', `/meetings/${m.id}/feedback/${visitItem.id}/service-request`, { as: callers.eastStaff, body: { kind: 'inquiry', contact: { name: '冯' } } })).status).toBe(404);
    const res = await api.call('POST', path, { as: callers.eastStaff, body: { kind: 'after-sales', contact: { name: '钱立群', phone: '13812345678' }, note: '本周答复' } });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.serviceRequest).toMatchObject({
      customerId: eastKey,
      channel: 'meeting',
      statement: '上批货包装破损，希望改进\n\n本周答复',
      firstOwnerId: 'east.staff',
      meetingFeedback: { meetingId: m.id, feedbackId: pack.id },
    });
    const stored = await api.call('GET', `/service-requests/${res.body.serviceRequest.id}`, { as: callers.eastStaff });
    expect(stored.body.meetingFeedback).toEqual({ meetingId: m.id, feedbackId: pack.id });
    const shown = await api.call('GET', `/meetings/${m.id}`, { as: callers.sales });
    expect(shown.body.feedback[0]).toMatchObject({ serviceRequestId: res.body.serviceRequest.id, convertedBy: { id: 'east.staff' } });
    const again = await api.call('POST', path, { as: callers.sales, body: { kind: 'after-sales', contact: { name: '钱立群' } } });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'meeting.feedbackConverted' } } });

    const both = await Promise.all(
      [callers.sales, callers.salesHead].map((as) =>
        api.call('POST', `/meetings/${m.id}/feedback/${visitItem.id}/revisit`, {
          as,
          body: { visitedAt: new Date(Date.now() - hour).toISOString(), channel: 'on-site', visitors: [{ name: '张伟', rank: 'manager', staffId: 'sales.zhang' }], satisfaction: 4 },
        }),
      ),
    );
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    const revisit = both.find((r) => r.status === 201)!.body.revisit;
    expect(revisit.customerId).toBe(northKey);
    expect(revisit.meetingFeedback).toEqual({ meetingId: m.id, feedbackId: visitItem.id });
    const after = await api.call('GET', `/meetings/${m.id}`, { as: callers.sales });
    expect(after.body.feedback[1].revisitId).toBe(revisit.id);
    const revisits = await api.call('GET', `/customers/${northKey}/revisits`, { as: callers.sales });
    expect(revisits.body.items.map((r: { id: string }) => r.id)).toEqual([revisit.id]);
    expect(revisits.body.items[0].meetingFeedback).toEqual({ meetingId: m.id, feedbackId: visitItem.id });
    // The east user sees only their unit's feedback.
    const east = await api.call('GET', `/meetings/${m.id}`, { as: callers.eastStaff });
    expect(east.body.feedback.map((f: { id: string }) => f.id)).toEqual([pack.id]);
  });
});
