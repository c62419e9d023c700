import { describe, expect, it } from 'vitest';
import { seedUnits } from '../../shared/units';
import { accessLogExportColumns, accessLogExportRow } from '../../shared/access-log-export';
import type { AccessLogEntry } from '../../shared/schemas/access-log.schema';

const entry = (over: Partial<AccessLogEntry> = {}): AccessLogEntry => ({
  id: '01J0',
  at: '2026-12-31T16:00:00.000Z',
  action: 'history',
  customerId: 'C1',
  customerName: '宁波甬江新材料有限公司',
  reader: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
  sections: ['basic', 'contacts'],
  maskedSections: ['credit'],
  contactDetailsMasked: true,
  ...over,
});

describe('an access-log entry as a row of the export', () => {
  it('names role, unit, action and sections in the reader’s language', () => {
    expect(accessLogExportRow(entry(), 'zh-CN', seedUnits)).toMatchObject({
      at: '2027-01-01 00:00:00',
      role: '业务单位业务员',
      unit: '华北事业部',
      action: '变更历史',
      sections: '基本信息、联系人',
      maskedSections: '信用状况',
      contactDetailsMasked: '是',
      purpose: '',
      rowCount: '',
    });
    expect(accessLogExportRow(entry(), 'en', seedUnits)).toMatchObject({ role: 'Unit salesperson', unit: 'North China Division', action: 'Change history', sections: 'Basic information, Contacts', contactDetailsMasked: 'Yes' });
  });

  it('shows an export of many customers as a bulk export with its row count and filter', () => {
    const row = accessLogExportRow(entry({ action: 'log-export', customerId: '*', customerName: '', sections: [], maskedSections: [], contactDetailsMasked: false, rowCount: 0, filters: { userId: 'a', from: '2026-01-01' } }), 'zh-CN', seedUnits);
    expect(row).toMatchObject({ customerId: '', customerName: '（批量导出）', action: '导出查阅记录', rowCount: '0', filters: 'userId=a; from=2026-01-01', contactDetailsMasked: '否' });
  });

  it('has a cell for every column and a column for every cell', () => {
    expect(Object.keys(accessLogExportRow(entry(), 'zh-CN', seedUnits)).sort()).toEqual(accessLogExportColumns.map((c) => c.key).sort());
  });
});
