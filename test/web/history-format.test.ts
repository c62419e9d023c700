import { describe, expect, it } from 'vitest';
import { changeRows, formatHistoryValue, type HistoryValueLabels } from '../../web/src/views/archive/history-format';

const labels: HistoryValueLabels = {
  kind: (k) => `kind:${k}`,
  tier: (t) => `tier:${t}`,
  unit: (u) => `unit:${u}`,
  staff: (id) => (id === 'east.staff' ? '周婷' : id),
  yuan: (fen) => `¥${(fen / 100).toFixed(2)}`,
  dateTime: (iso) => `at:${iso}`,
  yes: '是',
  no: '否',
  primary: '主要联系人',
  separator: '、',
};

describe('history values as the timeline shows them', () => {
  it('shows domain values by their labels: kind, tier, unit, owner, amount and instants', () => {
    expect(formatHistoryValue('kind', 'service', labels)).toEqual(['kind:service']);
    expect(formatHistoryValue('tier', 'vip', labels)).toEqual(['tier:vip']);
    expect(formatHistoryValue('computedTier', 'key', labels)).toEqual(['tier:key']);
    expect(formatHistoryValue('unitId', 'east', labels)).toEqual(['unit:east']);
    expect(formatHistoryValue('ownerId', 'east.staff', labels)).toEqual(['周婷']);
    expect(formatHistoryValue('lastVerifiedBy', 'east.staff', labels)).toEqual(['周婷']);
    expect(formatHistoryValue('annualAmountFen', 12_345, labels)).toEqual(['¥123.45']);
    expect(formatHistoryValue('lastVerifiedAt', '2026-11-27T02:00:00.000Z', labels)).toEqual(['at:2026-11-27T02:00:00.000Z']);
    expect(formatHistoryValue('notes', '展会客户', labels)).toEqual(['展会客户']);
  });

  it('gives one line per contact, with the primary one marked', () => {
    const contacts = [
      { name: '王经理', title: '采购经理', phone: '138****5678', primary: true },
      { name: '李四', email: 'l***@example.cn' },
    ];

    expect(formatHistoryValue('contacts', contacts, labels)).toEqual(['王经理、采购经理、138****5678 (主要联系人)', '李四、l***@example.cn']);
  });

  it('has no lines for a side that does not exist', () => {
    expect(formatHistoryValue('lastVerifiedAt', undefined, labels)).toEqual([]);
    expect(formatHistoryValue('contacts', [], labels)).toEqual([]);
  });

  it('falls back to readable text for values it does not know', () => {
    expect(formatHistoryValue('flag', true, labels)).toEqual(['是']);
    expect(formatHistoryValue('count', 3, labels)).toEqual(['3']);
    expect(formatHistoryValue('tierOverride', { tier: 'key', reason: '战略客户', expiresOn: '2027-03-31' }, labels)).toEqual([
      'tier:key、战略客户、2027-03-31',
    ]);
    expect(formatHistoryValue('other', { a: 1 }, labels)).toEqual(['{"a":1}']);
  });
});

describe('change rows of one history entry', () => {
  it('keeps withheld changes withheld and leaves out who/when bookkeeping the entry already shows', () => {
    const rows = changeRows(
      [
        { field: 'contacts', masked: true },
        { field: 'lastVerifiedAt', after: '2026-11-27T02:00:00.000Z' },
        { field: 'updatedAt', before: 'x', after: 'y' },
        { field: 'updatedBy', before: 'a', after: 'b' },
        { field: 'ownerId', before: 'east.staff', after: 'east.staff2' },
      ],
      labels,
    );

    expect(rows).toEqual([
      { field: 'contacts', masked: true, before: [], after: [] },
      { field: 'lastVerifiedAt', masked: false, before: [], after: ['at:2026-11-27T02:00:00.000Z'] },
      { field: 'ownerId', masked: false, before: ['周婷'], after: ['east.staff2'] },
    ]);
  });
});

describe('a group of details in the history (the licence, the tax registration)', () => {
  it('gives a line per recorded detail, named by the page', () => {
    const named = { ...labels, detail: (field: string, key: string, value: string) => `${field}/${key}=${value}` };
    expect(formatHistoryValue('businessLicence', { registeredCapital: '5000万元', establishedOn: '2008-05-12', validUntil: '' }, named)).toEqual([
      'businessLicence/registeredCapital=5000万元',
      'businessLicence/establishedOn=2008-05-12',
    ]);
    expect(formatHistoryValue('taxRegistration', {}, named)).toEqual([]);
  });
});
