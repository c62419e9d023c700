import { describe, expect, it } from 'vitest';
import { seedUnits } from '../../shared/units';
import { exportColumnsFor, exportRow, exportVisibility } from '../../shared/customer-export';
import type { Customer } from '../../shared/schemas/customer.schema';

const customer = (over: Partial<Customer> = {}): Customer => ({
  id: 'C1',
  name: '宁波甬江新材料有限公司',
  creditCode: '91330100716105852F',
  kind: 'main-business',
  tier: 'general',
  annualAmountFen: 12_345_678,
  creditRating: 'AA',
  unitId: 'east',
  ownerId: 'east.staff',
  contacts: [
    { name: '副联系人', phone: '13900000000', primary: false },
    { name: '李强', title: '采购经理', phone: '13812345678', email: 'li@example.cn', primary: true },
  ],
  notes: '备注',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-11-26T16:30:00.000Z',
  createdBy: 'east.staff',
  updatedBy: 'east.staff',
  version: 3,
  ...over,
});
const office = { id: 'office.liu', role: 'office' } as const;
const sales = { id: 'sales.zhang', role: 'sales' } as const;

describe('what an export shows', () => {
  it('without a purpose: no confidential section of anyone, not even a general customer’s', () => {
    const v = exportVisibility(customer(), sales);
    expect(v.shown).toEqual(['basic']);
    const row = exportRow(customer(), v, seedUnits);
    expect(row).toMatchObject({ name: '宁波甬江新材料有限公司', creditRating: '', contactName: '', contactPhone: '', kind: '主营业务客户', tier: '一般客户', unitId: '华东事业部', annualAmount: '123,456.78' });
    expect(exportColumnsFor(undefined).map((c) => c.key)).not.toContain('contactPhone');
    expect(exportColumnsFor(undefined).map((c) => c.key)).not.toContain('creditRating');
  });

  it('with a purpose: the detail page’s rules — the primary contact, masked for roles without a need', () => {
    const vip = customer({ tier: 'vip' });
    expect(exportRow(vip, exportVisibility(vip, sales, '合同评审'), seedUnits)).toMatchObject({ creditRating: 'AA', contactName: '李强', contactPhone: '13812345678', contactEmail: 'li@example.cn' });
    expect(exportRow(vip, exportVisibility(vip, office, '合同评审'), seedUnits)).toMatchObject({ contactName: '李强', contactPhone: '138****5678', contactEmail: 'l***@example.cn' });
    expect(exportColumnsFor('合同评审').map((c) => c.key)).toEqual(expect.arrayContaining(['creditRating', 'contactPhone']));
  });

  it('writes times in Beijing time', () => {
    expect(exportRow(customer(), exportVisibility(customer(), sales), seedUnits).updatedAt).toBe('2026-11-27 00:30');
  });
});
