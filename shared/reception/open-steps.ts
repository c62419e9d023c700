import { isUnitRole, type Role } from '../roles';
import type { MyStep, Visit, VisitStep } from '../schemas/visit.schema';
import { parties, type Owner } from './parties';
import { move } from './visit-state';

/**
 * "Reception steps I own" (the 工作台's to-do and the visit list's 我负责的步骤, issue 12): which steps wait
 * for whom. A step's owner is a party (a role, in the hosting unit for a unit's role, parties.ts), not a
 * person, so the steps are filed under a holder key, and everyone holding that role (in that unit) sees them.
 */

/** The roles the standard makes step owners: only they can have reception steps to do. */
export const stepOwnerRoles: readonly Role[] = [...new Set(Object.values(parties).map((p) => p.role))];

/** The key steps of an owner are filed under: the role, and the unit for a unit's role (`unit-head@east`). */
export function holderKey(owner: Pick<Owner, 'role' | 'unitId'>): string {
  return owner.unitId ? `${owner.role}@${owner.unitId}` : owner.role;
}

/**
 * The one key a person's steps are under. Unit roles are always owners within a unit and the company's roles
 * never are (parties.ts), so a person's steps are one partition, and a step is never counted twice for anyone.
 */
export function personHolderKey(person: { role: Role; unitId?: string }): string {
  return holderKey(isUnitRole(person.role) && person.unitId ? { role: person.role, unitId: person.unitId } : { role: person.role });
}

/**
 * A step its owner still has to do: open (not waiting for the approval, not done) on a visit that may still be
 * ticked (not recorded or cancelled), and one that a person ticks, not the approval itself nor the plan of a plan
 * that is approved (both close with the decision).
 */
export function isStepToDo(visit: Pick<Visit, 'status' | 'approval'>, step: Pick<VisitStep, 'kind' | 'status'>): boolean {
  if ('refused' in move(visit.status, 'tick')) return false;
  if (step.kind === 'approval' || (step.kind === 'plan' && visit.approval.required)) return false;
  return step.status === 'open';
}

/** Every (holder, step) the visit has to do: one per distinct holder among a step's owner and its alternates. */
export function openStepsOf(visit: Visit): MyStep[] {
  return visit.steps
    .filter((s) => isStepToDo(visit, s))
    .flatMap((s) =>
      [...new Set([s.owner, ...(s.alternates ?? [])].map(holderKey))].map(
        (holder): MyStep => ({
          holder,
          visitId: visit.id,
          stepId: s.id,
          kind: s.kind,
          title: s.title,
          dueAt: s.dueAt,
          customerId: visit.customerId,
          customerName: visit.customerName,
          hostUnitId: visit.hostUnitId,
          arrivalAt: visit.arrivalAt,
        }),
      ),
    );
}
