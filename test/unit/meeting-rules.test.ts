import { describe, expect, it } from 'vitest';
import {
  applyInvitationUpdate,
  applyPlanChange,
  checkCancel,
  checkConvert,
  checkFeedback,
  checkInvite,
  maxInvitees,
  selectInvitees,
  summarize,
  visibleTo,
  type Candidate,
} from '../../shared/meetings/meeting-rules';
import type { Invitation, Meeting } from '../../shared/schemas/meeting.schema';

const sales = { id: 'sales.zhang', role: 'sales' as const };
const eastStaff = { id: 'east.staff', role: 'unit-staff' as const, unitId: 'east' };
const finance = { id: 'finance.zhao', role: 'finance' as const };
const started = new Date('2026-12-01T03:00:00Z');

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  topic: '年度客户座谈会',
  kind: 'symposium',
  startsAt: '2026-12-01T02:00:00.000Z',
  place: '三楼会议室',
  hosts: [{ id: 'sales.head', name: '李静' }],
  budgetNote: '',
  status: 'planned',
  organizer: { id: 'sales.zhang', name: '张伟' },
  feedback: [],
  createdAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  version: 1,
  ...over,
});

const invitation = (over: Partial<Invitation> = {}): Invitation => ({
  meetingId: 'm1',
  topic: '年度客户座谈会',
  startsAt: '2026-12-01T02:00:00.000Z',
  customerId: 'c1',
  customerName: '华东甲公司',
  unitId: 'east',
  tier: 'key',
  contacts: [{ name: '钱立群' }],
  reply: 'pending',
  attendees: [],
  invitedBy: { id: 'sales.zhang', name: '张伟' },
  invitedAt: '2026-11-20T00:00:00.000Z',
  updatedAt: '2026-11-20T00:00:00.000Z',
  version: 1,
  ...over,
});

describe('choosing invitees from the archive', () => {
  const customers: Candidate[] = [
    { id: 'a', unitId: 'east', tier: 'vip', kind: 'main-business' },
    { id: 'b', unitId: 'east', tier: 'key', kind: 'main-business' },
    { id: 'c', unitId: 'north', tier: 'key', kind: 'service' },
    { id: 'd', unitId: 'east', tier: 'key', kind: 'service', deletedAt: '2026-01-01T00:00:00Z' },
  ];

  it('takes every live customer matching all given criteria, plus those named one by one', () => {
    const out = selectInvitees(customers, { unitId: 'east', tier: 'key' }, ['c'], new Set());
    expect(out.invite.map((c) => c.id)).toEqual(['b', 'c']);
  });

  it('invites nobody twice and counts those already invited', () => {
    const out = selectInvitees([...customers, customers[1]!], { tier: 'key' }, [], new Set(['c']));
    expect(out).toEqual({ invite: [customers[1]], alreadyInvited: 1 });
  });

  it('without a filter takes only the named customers', () => {
    expect(selectInvitees(customers, undefined, ['a'], new Set()).invite.map((c) => c.id)).toEqual(['a']);
  });
});

describe('who may do what with a meeting', () => {
  it('lets Sales invite, not a unit user or Finance, and caps the invitees', () => {
    expect(checkInvite(meeting(), sales, 0, 2)).toEqual({ ok: true });
    expect(checkInvite(meeting(), eastStaff, 0, 2)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(checkInvite(meeting(), finance, 0, 2)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(checkInvite(meeting(), sales, maxInvitees - 1, 2)).toMatchObject({ ok: false, code: 'meeting.tooManyInvitees' });
    expect(checkInvite(meeting({ status: 'cancelled' }), sales, 0, 1)).toMatchObject({ ok: false, code: 'meeting.cancelled' });
  });

  it('shows a unit user only their unit’s invitations', () => {
    const list = [invitation(), invitation({ customerId: 'c2', unitId: 'north' })];
    expect(visibleTo(eastStaff, list).map((i) => i.customerId)).toEqual(['c1']);
    expect(visibleTo(sales, list)).toHaveLength(2);
  });

  it('cancels only a planned meeting', () => {
    expect(checkCancel(meeting(), sales)).toEqual({ ok: true });
    expect(checkCancel(meeting({ status: 'held' }), sales)).toMatchObject({ ok: false, code: 'meeting.notPlanned' });
  });
});

describe('replies and attendance', () => {
  it('records a reply before the meeting, but attendance only once it started', () => {
    const before = new Date('2026-11-30T00:00:00Z');
    expect(applyInvitationUpdate(meeting(), invitation(), { reply: 'declined' }, eastStaff, before)).toMatchObject({ ok: true, invitation: { reply: 'declined', version: 2 } });
    expect(applyInvitationUpdate(meeting(), invitation(), { attended: true }, eastStaff, before)).toMatchObject({ ok: false, code: 'meeting.notStarted' });
  });

  it('takes attendees as attendance and as a yes', () => {
    const out = applyInvitationUpdate(meeting(), invitation({ reply: 'declined' }), { attendees: ['钱立群'] }, sales, started);
    expect(out).toMatchObject({ ok: true, invitation: { attended: true, reply: 'accepted', attendees: ['钱立群'] } });
  });

  it('clears attendees when nobody came', () => {
    const out = applyInvitationUpdate(meeting(), invitation({ attended: true, attendees: ['钱立群'] }), { attended: false }, sales, started);
    expect(out).toMatchObject({ ok: true, invitation: { attended: false, attendees: [] } });
  });

  it('refuses another unit’s invitee', () => {
    expect(applyInvitationUpdate(meeting(), invitation({ unitId: 'north' }), { reply: 'accepted' }, eastStaff, started)).toMatchObject({ ok: false, kind: 'forbidden' });
  });

  it('counts replies and attendance', () => {
    const list = [invitation({ reply: 'accepted', attended: true }), invitation({ reply: 'declined' }), invitation()];
    expect(summarize(list)).toEqual({ invited: 3, accepted: 1, declined: 1, pending: 1, attended: 1 });
  });
});

describe('feedback', () => {
  it('comes from an invited customer once the meeting started', () => {
    expect(checkFeedback(meeting(), undefined, sales, started)).toMatchObject({ ok: false, code: 'meeting.notInvited' });
    expect(checkFeedback(meeting(), invitation(), sales, new Date('2026-11-30T00:00:00Z'))).toMatchObject({ ok: false, code: 'meeting.notStarted' });
    expect(checkFeedback(meeting(), invitation(), eastStaff, started)).toEqual({ ok: true });
  });

  it('is turned once, by Sales or the customer’s unit', () => {
    const item = { id: 'm1-1', customerId: 'c1', customerName: '华东甲公司', unitId: 'north', text: '缩短交期', recordedBy: { id: 'x', name: 'x' }, recordedAt: started.toISOString() };
    expect(checkConvert(meeting({ feedback: [item] }), 'm1-1', sales)).toEqual({ ok: true });
    expect(checkConvert(meeting({ feedback: [item] }), 'm1-1', eastStaff)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(checkConvert(meeting({ feedback: [{ ...item, serviceRequestId: 'sr1' }] }), 'm1-1', sales)).toMatchObject({ ok: false, code: 'meeting.feedbackConverted' });
    expect(checkConvert(meeting({ feedback: [item] }), 'nope', sales)).toMatchObject({ ok: false, kind: 'not_found' });
  });
});

describe('changing a meeting’s plan', () => {
  const zhang = { ...sales, name: '张伟' };
  it('keeps only the fields that change, before → after, as the next version', () => {
    const out = applyPlanChange(meeting(), { topic: '年度客户座谈会', place: '五楼会议室', hosts: [{ id: 'east.head', name: '孙强' }] }, zhang, started);
    expect(out).toMatchObject({ ok: true, meeting: { place: '五楼会议室', hosts: [{ id: 'east.head', name: '孙强' }], topic: '年度客户座谈会', version: 2, updatedAt: started.toISOString() } });
    expect(out.ok && out.change).toEqual({
      meetingId: 'm1',
      version: 2,
      at: started.toISOString(),
      by: { id: 'sales.zhang', name: '张伟' },
      before: { place: '三楼会议室', hosts: [{ id: 'sales.head', name: '李静' }] },
      after: { place: '五楼会议室', hosts: [{ id: 'east.head', name: '孙强' }] },
    });
  });

  it('changes nothing, and records nothing, when every value is the same', () => {
    const m = meeting();
    const out = applyPlanChange(m, { place: m.place, hosts: m.hosts }, zhang, started);
    expect(out).toEqual({ ok: true, meeting: m });
  });

  it('is Sales’ to change, and only while the meeting is planned', () => {
    expect(applyPlanChange(meeting(), { place: '别处' }, { ...eastStaff, name: '王芳' }, started)).toMatchObject({ ok: false, kind: 'forbidden' });
    expect(applyPlanChange(meeting({ status: 'held' }), { place: '别处' }, zhang, started)).toMatchObject({ ok: false, kind: 'conflict', code: 'meeting.notEditable' });
    expect(applyPlanChange(meeting({ status: 'cancelled' }), { place: '别处' }, zhang, started)).toMatchObject({ ok: false, kind: 'conflict', code: 'meeting.notEditable' });
  });
});
