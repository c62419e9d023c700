import { describe, expect, it } from 'vitest';
import {
  archiveVisibility,
  historyVisibility,
  purposeRequired,
  purposeSchema,
  rolesWithContactNeed,
  seesContactDetails,
} from '../../shared/archive-access';
import { customerSummary, customerView, historyChangesView } from '../../shared/customer-view';
import { roles, type Role } from '../../shared/roles';
import type { Customer, Tier } from '../../shared/schemas/customer.schema';

const customer = (tier: Tier, overrides: Partial<Customer> = {}): Customer => ({
  id: 'c1',
  name: '苏州工业园区恒信精密制造有限公司',
  creditCode: '91320594MA1MXXXXXX',
  kind: 'main-business',
  tier,
  annualAmountFen: 60_000_000,
  creditRating: 'AAA',
  unitId: 'east',
  ownerId: 'east.staff',
  contacts: [{ name: '王丽华', phone: '13812345678', email: 'wang@example.cn', primary: true }],
  notes: '',
  createdAt: '2026-01-05T02:00:00.000Z',
  updatedAt: '2026-01-05T02:00:00.000Z',
  createdBy: 'east.staff',
  updatedBy: 'east.staff',
  version: 1,
  ...overrides,
});
const reader = (role: Role, id = `${role}.reader`) => ({ id, role });

describe('the purpose a reader states', () => {
  it('is 2 to 200 characters once trimmed', () => {
    expect(purposeSchema.safeParse('合同评审').success).toBe(true);
    expect(purposeSchema.parse('  合同评审  ')).toBe('合同评审');
    expect(purposeSchema.safeParse('审').success).toBe(false);
    expect(purposeSchema.safeParse('      ').success).toBe(false);
    expect(purposeSchema.safeParse('查'.repeat(200)).success).toBe(true);
    expect(purposeSchema.safeParse('查'.repeat(201)).success).toBe(false);
  });

  it('is required for VIP and key customers only', () => {
    expect(purposeRequired({ tier: 'vip' })).toBe(true);
    expect(purposeRequired({ tier: 'key' })).toBe(true);
    expect(purposeRequired({ tier: 'general' })).toBe(false);
    expect(purposeRequired({ tier: 'reserve' })).toBe(false);
  });
});

describe('who sees contacts’ phones and emails', () => {
  it.each([
    ['sales-head', true],
    ['sales', true],
    ['unit-head', true],
    ['unit-staff', true],
    ['leadership', false],
    ['office', false],
    ['finance', false],
    ['admin', false],
  ] as const)('%s: %s', (role, sees) => {
    expect(seesContactDetails(reader(role), { ownerId: 'someone.else' })).toBe(sees);
  });

  it('covers every role by the table above', () => {
    expect(roles.filter((r) => seesContactDetails(reader(r), { ownerId: 'x' })).sort()).toEqual([...rolesWithContactNeed].sort());
  });

  it('lets the customer’s own salesperson see them whatever the role', () => {
    expect(seesContactDetails({ id: 'leader', role: 'leadership' }, { ownerId: 'leader' })).toBe(true);
  });
});

describe('what one reader sees of one record', () => {
  it('withholds a VIP or key customer’s confidential sections until a purpose is given', () => {
    for (const tier of ['vip', 'key'] as const) {
      expect(archiveVisibility(customer(tier), reader('sales'))).toEqual({ shown: ['basic'], maskedSections: ['contacts', 'credit'], contactDetailsMasked: false });
      expect(archiveVisibility(customer(tier), reader('sales'), '合同评审')).toEqual({ shown: ['basic', 'contacts', 'credit'], maskedSections: [], contactDetailsMasked: false });
    }
  });

  it('treats a blank purpose as none', () => {
    expect(archiveVisibility(customer('vip'), reader('sales'), '   ').maskedSections).toEqual(['contacts', 'credit']);
  });

  it('shows general and reserve customers without a purpose', () => {
    expect(archiveVisibility(customer('general'), reader('sales')).maskedSections).toEqual([]);
    expect(archiveVisibility(customer('reserve'), reader('sales')).maskedSections).toEqual([]);
  });

  it('masks phones and emails for roles without a need, even with a purpose', () => {
    expect(archiveVisibility(customer('vip'), reader('finance'), '对账').contactDetailsMasked).toBe(true);
    expect(archiveVisibility(customer('general'), reader('office')).contactDetailsMasked).toBe(true);
  });

  it('names licence and attachments only when the record has them', () => {
    const withLicence = { ...customer('key'), businessLicence: { number: 'x' }, attachments: [] } as Customer;
    expect(archiveVisibility(withLicence, reader('sales')).maskedSections).toEqual(['contacts', 'credit', 'licence', 'attachments']);
  });
});

describe('the record as returned', () => {
  it('leaves out the withheld sections’ fields and says which they are', () => {
    const c = customer('vip');
    const view = customerView(c, archiveVisibility(c, reader('sales')));
    expect(view).not.toHaveProperty('contacts');
    expect(view).not.toHaveProperty('creditRating');
    expect(view).toMatchObject({ name: c.name, tier: 'vip', maskedSections: ['contacts', 'credit'], contactDetailsMasked: false });
  });

  it('masks phones and emails for a reader without a need', () => {
    const c = customer('vip');
    const view = customerView(c, archiveVisibility(c, reader('leadership'), '审阅'));
    expect(view.contacts).toEqual([{ name: '王丽华', phone: '138****5678', email: 'w***@example.cn', primary: true }]);
    expect(view.creditRating).toBe('AAA');
  });

  it('never carries contacts in a summary, whatever the tier', () => {
    for (const tier of ['vip', 'general'] as const) {
      const c = customer(tier);
      const summary = customerSummary(c, archiveVisibility(c, reader('sales')));
      expect(summary).not.toHaveProperty('contacts');
      expect('creditRating' in summary).toBe(tier === 'general');
    }
  });
});

describe('history as returned', () => {
  const changes = [
    { field: 'notes', before: '', after: '已核实' },
    { field: 'contacts', before: [], after: [{ name: '王丽华', phone: '13812345678' }] },
    { field: 'creditRating', before: 'A', after: 'AAA' },
    { field: 'attachments', before: [{ name: 'licence.pdf' }] },
  ];

  it('says only that a withheld section changed', () => {
    const shown = historyChangesView(changes, historyVisibility(customer('vip'), reader('sales')));
    expect(shown).toEqual([
      { field: 'notes', before: '', after: '已核实' },
      { field: 'contacts', masked: true },
      { field: 'creditRating', masked: true },
      { field: 'attachments', masked: true },
    ]);
  });

  it('masks phones in contact changes for readers without a need', () => {
    const shown = historyChangesView(changes, historyVisibility(customer('general'), reader('finance')));
    expect(shown[1]).toEqual({ field: 'contacts', before: [], after: [{ name: '王丽华', phone: '138****5678' }] });
    expect(shown[2]).toEqual(changes[2]);
  });
});
