import { describe, expect, it } from 'vitest';
import { validate } from '#shared/validation';
import { revisitCreateSchema } from '#shared/schemas/revisit.schema';
import { followUpServiceRequestSchema, unitStepsSchema, visitRecordInputSchema, visitRegisterSchema } from '#shared/schemas/visit.schema';
import {
  emptyVisitForm,
  recordBody,
  registrationBody,
  stepRowsOf,
  unitStepsBody,
} from '../../web/src/views/reception/visit-form-model';
import { requestBody, requestFormFor, revisitBody, revisitFormFor } from '../../web/src/components/follow-up-forms';

function filledForm() {
  const form = emptyVisitForm('seed-001');
  form.visitors = [
    { name: '钱立群', title: '董事长', rank: 'chairman-gm' },
    { name: '李敏', title: '采购部经理', rank: 'manager' },
  ];
  form.arrival = '2026-12-05 10:30';
  form.departure = '2026-12-06 16:00';
  form.purpose = '年度战略合作洽谈';
  form.arrivalTravel = { mode: 'station', place: '上海虹桥站', at: '2026-12-05 10:30', reference: 'G7' };
  form.headcount = 4;
  return form;
}

describe('the registration form', () => {
  it('becomes the body POST /visits takes, times as Shanghai instants, blank travel and lodging left out', () => {
    const body = registrationBody(filledForm());
    expect(body).toMatchObject({
      customerId: 'seed-001',
      arrivalAt: '2026-12-05T10:30:00+08:00',
      departureAt: '2026-12-06T16:00:00+08:00',
      travel: { arrival: { mode: 'station', place: '上海虹桥站', at: '2026-12-05T10:30:00+08:00', reference: 'G7' } },
      lodging: { requested: false },
    });
    expect(body.travel).not.toHaveProperty('departure');
    const checked = validate(visitRegisterSchema, body, 'zh-CN');
    expect(checked.ok).toBe(true);
    if (checked.ok) expect(checked.value.arrivalAt).toBe('2026-12-05T02:30:00.000Z');
  });

  it('sends lodging details only when lodging is asked for', () => {
    const form = filledForm();
    form.rooms = 2;
    form.lodgingNotes = '含早餐';
    expect(registrationBody(form).lodging).toEqual({ requested: false });
    form.lodgingRequested = true;
    form.checkIn = '2026-12-05';
    form.checkOut = '2026-12-06';
    expect(registrationBody(form).lodging).toEqual({ requested: true, rooms: 2, checkIn: '2026-12-05', checkOut: '2026-12-06', notes: '含早餐' });
  });

  it('leaves blank times out so the schema names them', () => {
    const form = filledForm();
    form.arrival = '';
    form.arrivalTravel.at = '';
    form.visitors[1]!.name = '';
    const checked = validate(visitRegisterSchema, registrationBody(form), 'zh-CN');
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(Object.keys(checked.fields).sort()).toEqual(['arrivalAt', 'travel.arrival.at', 'visitors.1.name']);
  });
});

describe('the unit’s own checklist', () => {
  it('round-trips steps through editable rows, new rows without ids', () => {
    const rows = stepRowsOf(
      [{ id: 'info', kind: 'info', title: { 'zh-CN': '采集来访信息', en: 'Collect' }, owner: { party: 'hosting-unit', role: 'unit-head', unitId: 'east' }, dueAt: '2026-12-02T02:00:00.000Z', status: 'done' }],
      'zh-CN',
    );
    expect(rows).toEqual([{ id: 'info', title: '采集来访信息', due: '2026-12-02 10:00', details: '' }]);
    const body = unitStepsBody([...rows, { title: '参观展厅', due: '2026-12-05 14:00', details: ' 由销售员陪同 ' }]);
    expect(body.steps[1]).toEqual({ title: '参观展厅', dueAt: '2026-12-05T14:00:00+08:00', details: '由销售员陪同' });
    expect(validate(unitStepsSchema, body, 'zh-CN').ok).toBe(true);
  });
});

describe('after the visit', () => {
  it('records who met the guests as a list and follow-ups without blank owners or dates', () => {
    const body = recordBody({
      metWith: '孙强、周婷',
      outcomes: '达成合作意向',
      followUps: [{ description: '寄送样品', kind: 'other', ownerId: '', dueOn: '2026-12-20' }],
    });
    expect(body).toEqual({ metWith: ['孙强', '周婷'], outcomes: '达成合作意向', followUps: [{ description: '寄送样品', kind: 'other', dueOn: '2026-12-20' }] });
    expect(validate(visitRecordInputSchema, body, 'zh-CN').ok).toBe(true);
  });

  it('opens a service request with the contact the source names; the kind must be chosen; a blank note is left out', () => {
    const form = requestFormFor('钱立群');
    expect(form).toEqual({ kind: '', contactName: '钱立群', contactPhone: '', note: '' });
    const missingKind = validate(followUpServiceRequestSchema, requestBody(form), 'zh-CN');
    expect(missingKind.ok).toBe(false);
    if (!missingKind.ok) expect(Object.keys(missingKind.fields)).toEqual(['kind']);
    expect(requestBody({ ...form, kind: 'after-sales', note: '  ' })).not.toHaveProperty('note');
    expect(validate(followUpServiceRequestSchema, requestBody({ ...form, kind: 'after-sales', contactPhone: '13812345678', note: '客户希望周五前答复' }), 'zh-CN')).toMatchObject({
      ok: true,
      value: { kind: 'after-sales', contact: { name: '钱立群', phone: '13812345678' }, note: '客户希望周五前答复' },
    });
  });

  it('opens a revisit by phone, now, with the viewer as the one who went', () => {
    const form = revisitFormFor({ username: 'east.staff', name: '周婷' }, new Date('2026-12-10T06:00:00Z'), '希望加快售后响应');
    expect(form).toMatchObject({ visitedAt: '2026-12-10 14:00', channel: 'phone', visitorName: '周婷', visitorStaffId: 'east.staff', opinions: '希望加快售后响应' });
    const body = revisitBody({ ...form, opinions: '满意' });
    expect(body.visitors).toEqual([{ name: '周婷', rank: 'salesperson', staffId: 'east.staff' }]);
    expect(validate(revisitCreateSchema, body, 'zh-CN').ok).toBe(true);
  });
});
