import { describe, expect, it } from 'vitest';
import { defaultRank, emptyRevisitForm, revisitFromForm, shanghaiNow, type RevisitFormModel } from '../../web/src/views/revisits/revisit-form-model';

const messages = { time: 'TIME' };
const filled = (over: Partial<RevisitFormModel> = {}): RevisitFormModel => ({
  ...emptyRevisitForm(new Date('2026-11-27T02:05:00Z'), { name: '孙强', username: 'east.head', role: 'unit-head' }),
  channel: 'on-site',
  satisfaction: 4,
  ...over,
});

describe('the record-revisit form', () => {
  it('starts today at the current minute in Shanghai, with the person themselves as the visitor at their likely rank', () => {
    const m = emptyRevisitForm(new Date('2026-11-27T17:30:00Z'), { name: '周婷', username: 'east.staff', role: 'unit-staff' });
    expect([m.date, m.time]).toEqual(['2026-11-28', '01:30']);
    expect(m.visitors).toEqual([{ name: '周婷', rank: 'salesperson', staffId: 'east.staff' }]);
    expect(shanghaiNow(new Date('2026-03-31T15:59:00Z'))).toEqual({ date: '2026-03-31', time: '23:59' });
    expect([defaultRank('unit-head'), defaultRank('sales-head'), defaultRank('leadership'), defaultRank('sales')]).toEqual(['manager', 'manager', 'vp', 'salesperson']);
  });

  it('sends the revisit with a Shanghai time, the four contents, and only the rows that were filled in', () => {
    const result = revisitFromForm(
      filled({
        opinions: '希望缩短交货周期',
        promoted: '新款节能型号',
        plansAndNeeds: '明年扩产',
        visitors: [{ name: '孙强', rank: 'manager', staffId: 'east.head' }, { name: '', rank: '' }],
        serviceFollowUps: [{ item: '设备异响', progress: '已换轴承', result: '已解决', rating: 5 }, { item: '', progress: '', result: '', rating: 0 }],
        issues: [{ text: '发票寄送慢' }, { text: '  ' }],
      }),
      'zh-CN',
      messages,
    );
    expect(result).toEqual({
      ok: true,
      value: {
        visitedAt: '2026-11-27T10:05:00+08:00',
        channel: 'on-site',
        visitors: [{ name: '孙强', rank: 'manager', staffId: 'east.head' }],
        opinions: '希望缩短交货周期',
        serviceFollowUps: [{ item: '设备异响', progress: '已换轴承', result: '已解决', rating: 5 }],
        promoted: '新款节能型号',
        plansAndNeeds: '明年扩产',
        satisfaction: 4,
        issues: [{ text: '发票寄送慢' }],
      },
    });
  });

  it('names what is missing: channel, satisfaction, a visitor’s rank, the time', () => {
    const result = revisitFromForm(filled({ channel: '', satisfaction: 0, visitors: [{ name: '孙强', rank: '' }], time: '25:00' }), 'en', messages);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields).toMatchObject({ visitedAt: 'TIME', channel: expect.any(String), satisfaction: expect.any(String), 'visitors.0.rank': expect.any(String) });
  });

  it('needs at least one visitor', () => {
    const result = revisitFromForm(filled({ visitors: [{ name: '', rank: '' }] }), 'en', messages);
    expect(result.ok ? {} : result.fields).toHaveProperty('visitors');
  });
});
