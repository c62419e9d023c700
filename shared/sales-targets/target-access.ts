import type { Role } from '../roles';
import type { TargetKind } from '../schemas/sales-target.schema';

/** Who sets targets: the Sales head (第五条〔一〕, Sales works to the targets the company sets) and admins. */
export const targetSetters = ['admin', 'sales-head'] as const satisfies readonly Role[];

/** Who reads every target: those who set or oversee them, and Finance for collection (回款). */
const readsAll: readonly Role[] = ['admin', 'leadership', 'sales-head', 'finance'];

/**
 * Whether `reader` may see the target of a unit or a person (`unitId`: the unit itself, or the person's unit):
 * salespeople and unit staff their own and their unit's; a unit head their unit's and its people's.
 */
export function canReadTarget(reader: { id: string; role: Role; unitId?: string }, subject: { kind: TargetKind; subjectId: string; unitId?: string }): boolean {
  if (readsAll.includes(reader.role)) return true;
  if (subject.kind === 'person' && subject.subjectId === reader.id) return true;
  const sameUnit = reader.unitId !== undefined && subject.unitId === reader.unitId;
  if (subject.kind === 'unit') return sameUnit && ['sales', 'unit-head', 'unit-staff'].includes(reader.role);
  return sameUnit && reader.role === 'unit-head';
}
