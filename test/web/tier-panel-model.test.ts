import type { CustomerView } from '#shared/customer-view';
import type { Customer } from '#shared/schemas/customer.schema';
import { describe, expect, it } from 'vitest';
import { computedDiffers, overrideState, withTierFieldsOf } from '../../web/src/views/tiers/tier-panel-model';

const override = { tier: 'vip' as const, reason: '集团战略客户', expiresOn: '2026-06-30', setBy: 'sales.head', setAt: '2026-04-01T02:00:00.000Z' };

function shown(overrides: Partial<CustomerView> = {}): CustomerView {
  return {
    id: 'c1',
    name: '上海测试科技有限公司',
    creditCode: '91310000MA1FL00001',
    kind: 'main-business',
    tier: 'key',
    computedTier: 'key',
    tierRule: 'key',
    annualAmountFen: 20_000_000,
    unitId: 'east',
    ownerId: 'east.staff',
    notes: '',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'east.staff',
    updatedBy: 'east.staff',
    version: 3,
    maskedSections: ['contacts', 'credit'],
    contactDetailsMasked: false,
    ...overrides,
  };
}

describe('the tier panel', () => {
  it('takes only the tier fields and version from an override write, keeping withheld sections withheld', () => {
    const stored = {
      ...shown(),
      contacts: [{ name: '王经理', phone: '13812345678' }],
      creditRating: 'AAA',
      tier: 'vip',
      tierOverride: override,
      version: 4,
      updatedAt: '2026-04-01T02:00:00.000Z',
      updatedBy: 'sales.head',
    } as unknown as Customer;
    const next = withTierFieldsOf(shown(), stored);
    expect(next).toMatchObject({ tier: 'vip', computedTier: 'key', tierOverride: override, version: 4, updatedBy: 'sales.head' });
    expect(next.contacts).toBeUndefined();
    expect(next.creditRating).toBeUndefined();
    expect(next.maskedSections).toEqual(['contacts', 'credit']);
  });

  it('drops the override once the write removed it', () => {
    const stored = { ...shown(), tier: 'key', version: 5 } as unknown as Customer;
    expect(withTierFieldsOf(shown({ tier: 'vip', tierOverride: override }), stored).tierOverride).toBeUndefined();
  });

  it('holds an override through its last day in Shanghai, then shows it lapsing until re-tiering removes it', () => {
    expect(overrideState(shown(), new Date('2026-06-30T12:00:00Z'))).toBe('none');
    expect(overrideState(shown({ tierOverride: override }), new Date('2026-06-30T15:59:00Z'))).toBe('active');
    expect(overrideState(shown({ tierOverride: override }), new Date('2026-06-30T16:00:00Z'))).toBe('lapsing');
  });

  it('shows the computed tier only when it differs from the effective one', () => {
    expect(computedDiffers(shown())).toBe(false);
    expect(computedDiffers(shown({ tier: 'vip' }))).toBe(true);
    expect(computedDiffers(shown({ computedTier: undefined }))).toBe(false);
  });
});
