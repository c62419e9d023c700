import type { Role } from '#shared/roles';
import type { Staff } from '#shared/schemas/staff.schema';

/** Roles that own customers day to day: Sales and the business units' staff. */
export const ownerRoles: readonly Role[] = ['sales', 'sales-head', 'unit-head', 'unit-staff'];

export function possibleOwners(staff: readonly Staff[]): Staff[] {
  return staff.filter((s) => ownerRoles.includes(s.role));
}

/**
 * Who may take over a salesperson's customers: another owner of the same unit, or, for Sales staff
 * without a unit, another Sales member without one (the API refuses anyone else). A former employee no
 * longer in the directory may hand to any owner; the API then checks each customer's own unit. Only
 * active people take customers over.
 */
export function reassignTargets(staff: readonly Staff[], fromId: string): Staff[] {
  // A disabled person can hand customers over but not take them (issue 11).
  const owners = possibleOwners(staff).filter((s) => s.id !== fromId && (s.status ?? 'active') === 'active');
  const from = staff.find((s) => s.id === fromId);
  if (!fromId || !from) return owners;
  return owners.filter((s) => s.unitId === from.unitId && (s.unitId || s.role === 'sales' || s.role === 'sales-head'));
}
