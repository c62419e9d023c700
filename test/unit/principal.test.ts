import { describe, expect, it } from 'vitest';
import { dataScope, inScope, principalFromClaims } from '../../functions/core/principal';

describe('principal from verified claims', () => {
  it('reads API Gateway flattened group arrays', () => {
    const p = principalFromClaims({ 'cognito:username': 'east.staff', 'cognito:groups': '[unit-staff]', 'custom:unitId': 'east', name: '周婷' });
    expect(p).toEqual({ id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' });
  });

  it('reads real arrays and picks the strongest role', () => {
    const p = principalFromClaims({ 'cognito:username': 'x', 'cognito:groups': ['sales', 'sales-head'] });
    expect(p?.role).toBe('sales-head');
  });

  it('refuses tokens without a known role, without a username, or a unit role without a unit', () => {
    expect(principalFromClaims({ 'cognito:username': 'x', 'cognito:groups': '[guests]' })).toBeUndefined();
    expect(principalFromClaims({ 'cognito:groups': '[admin]' })).toBeUndefined();
    expect(principalFromClaims({ 'cognito:username': 'x', 'cognito:groups': '[unit-staff]' })).toBeUndefined();
    expect(principalFromClaims({ 'cognito:username': 'x', 'cognito:groups': '[unit-head]', 'custom:unitId': 'Mars!' })).toBeUndefined();
  });

  it('takes any well-formed unit code from the token: units are records, and a new one is in tokens at once', () => {
    expect(principalFromClaims({ 'cognito:username': 'x', 'cognito:groups': '[unit-head]', 'custom:unitId': 'north-west' })?.unitId).toBe('north-west');
  });
});

describe('data scope (R1)', () => {
  it('confines unit roles to their unit', () => {
    const scope = dataScope({ id: 'a', name: 'a', role: 'unit-head', unitId: 'north' });
    expect(scope).toEqual({ kind: 'unit', unitId: 'north' });
    expect(inScope(scope, { unitId: 'north' })).toBe(true);
    expect(inScope(scope, { unitId: 'east' })).toBe(false);
  });

  it.each(['admin', 'leadership', 'sales-head', 'sales', 'office', 'finance'] as const)('lets %s see all', (role) => {
    expect(dataScope({ id: 'a', name: 'a', role })).toEqual({ kind: 'all' });
  });
});
