import { describe, expect, it } from 'vitest';
import { todoKindsFor, todoLink } from '../../shared/home/todo-rules';

describe('which to-dos each role has', () => {
  it('gives customer owners revisits and stale archives, and nobody else', () => {
    for (const role of ['sales', 'sales-head', 'unit-head', 'unit-staff'] as const) expect(todoKindsFor(role)).toContain('stale-archives');
    for (const role of ['admin', 'leadership', 'office', 'finance'] as const) expect(todoKindsFor(role)).not.toContain('revisits-overdue');
  });

  it('leaves approvals to leadership and reports to the Sales head, refunds to Finance, orders to Sales', () => {
    expect(todoKindsFor('leadership')).toEqual(expect.arrayContaining(['approvals-visits', 'approvals-temporary-plans', 'approvals-policies']));
    expect(todoKindsFor('sales-head')).toContain('approvals-reports');
    expect(todoKindsFor('unit-head')).not.toContain('approvals-visits');
    expect(todoKindsFor('finance')).toContain('finance-requests');
    expect(todoKindsFor('sales')).toContain('unmatched-orders');
    expect(todoKindsFor('unit-staff')).not.toContain('unmatched-orders');
  });

  it('shows overdue 回款 to those who answer for it: owners their own, heads and Finance their scope', () => {
    for (const role of ['sales', 'sales-head', 'unit-head', 'unit-staff', 'finance'] as const) expect(todoKindsFor(role)).toContain('overdue-receivables');
    for (const role of ['admin', 'leadership', 'office'] as const) expect(todoKindsFor(role)).not.toContain('overdue-receivables');
    expect(todoLink('overdue-receivables', { id: 'east.staff', role: 'unit-staff' })).toBe('/receivables/overdue?ownerId=east.staff');
    expect(todoLink('overdue-receivables', { id: 'east.head', role: 'unit-head' })).toBe('/receivables/overdue');
  });

  it('shows open customer opinions to a unit’s people, Sales, the office and leadership, each linked to the register’s view of them', () => {
    for (const role of ['unit-staff', 'unit-head', 'sales', 'sales-head', 'office', 'leadership'] as const) expect(todoKindsFor(role)).toContain('opinions-open');
    for (const role of ['admin', 'finance'] as const) expect(todoKindsFor(role)).not.toContain('opinions-open');
    expect(todoLink('opinions-open', { id: 'east.staff', role: 'unit-staff' })).toBe('/opinions?status=open');
    expect(todoLink('opinions-open', { id: 'sales.head', role: 'sales-head' })).toBe('/opinions?waitingOn=sales');
    expect(todoLink('opinions-open', { id: 'office.liu', role: 'office' })).toBe('/opinions?waitingOn=office');
  });

  it('gives everyone their requests and their inbox', () => {
    for (const role of ['admin', 'office', 'unit-staff'] as const) expect(todoKindsFor(role)).toEqual(expect.arrayContaining(['service-open', 'service-overdue', 'unread-notices']));
  });

  it('gives reception steps to the roles the standard makes step owners, linking to the visit list\'s own tab', () => {
    for (const role of ['leadership', 'office', 'sales-head', 'unit-head', 'unit-staff'] as const) expect(todoKindsFor(role)).toContain('reception-steps');
    for (const role of ['admin', 'finance', 'sales'] as const) expect(todoKindsFor(role)).not.toContain('reception-steps');
    expect(todoLink('reception-steps', { id: 'east.head', role: 'unit-head' })).toBe('/visits?tab=mine');
  });

  it('links each to its list already filtered; unit staff follow revisits on their calendar', () => {
    expect(todoLink('stale-archives', { id: 'east.staff', role: 'unit-staff' })).toBe('/customers?ownerId=east.staff&stale=true');
    expect(todoLink('revisits-overdue', { id: 'east.staff', role: 'unit-staff' })).toBe('/revisit-calendar');
    expect(todoLink('revisits-overdue', { id: 'sales.zhang', role: 'sales' })).toBe('/revisit-coverage?ownerId=sales.zhang#overdue');
    expect(todoLink('approvals-reports', { id: 'sales.head', role: 'sales-head' }, '2026-Q3')).toBe('/revisit-reports?quarter=2026-Q3');
  });
});
