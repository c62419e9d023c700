import type { DepartmentServiceFigures } from '../reports/department-service-figures';
import type { Role } from '../roles';
import type { ComputedValue } from '../schemas/assessment.schema';
import { headRoleOf, type Department } from '../service/departments';
import type { UnitLabel } from '../units';
import type { AssessmentRights } from './scorecard-state';

/**
 * The General Office's assessment of each department's customer-service quality (第六条〔八〕, R9).
 *
 * Assessed: Sales, Finance and each active business unit — the departments that hold customers' requests.
 * The General Office is the assessor and does not assess itself; leadership is whom it reports to.
 */
export const assessedDepartments = (activeUnits: readonly Pick<UnitLabel, 'code'>[]): Department[] => ['sales', 'finance', ...activeUnits.map((u) => `unit:${u.code}` as const)];

export const isAssessedDepartment = (subject: string, activeUnits: readonly Pick<UnitLabel, 'code'>[]): subject is Department =>
  (assessedDepartments(activeUnits) as string[]).includes(subject);

/** Whether the caller answers for the department (R1): its head role, and for a unit, that unit's head. */
export function isHeadOf(department: Department, p: { role: Role; unitId?: string }): boolean {
  if (headRoleOf(department) !== p.role) return false;
  return !department.startsWith('unit:') || department === `unit:${p.unitId ?? ''}`;
}

/**
 * What the caller is to a department's scorecards: the General Office writes them, the department's head
 * answers them, leadership and administrators read every one; anyone else does not see them (null).
 */
export function departmentRights(department: Department, p: { role: Role; unitId?: string }): AssessmentRights | null {
  const assessor = p.role === 'office';
  const subjectHead = isHeadOf(department, p);
  if (assessor || subjectHead || p.role === 'leadership' || p.role === 'admin') return { assessor, subjectHead };
  return null;
}

/** The figures as the engine's computed values, by indicator code; shares carry what they divide. */
export function departmentComputed(f: DepartmentServiceFigures): ComputedValue[] {
  return [
    { code: 'first-response-hours', value: f.firstResponseHours },
    { code: 'resolution-rate', value: f.resolutionRate, numerator: f.closed, denominator: f.requests },
    { code: 'resolution-hours', value: f.resolutionHours },
    { code: 'past-promised-share', value: f.pastPromisedShare, numerator: f.pastPromised, denominator: f.promised },
    { code: 'transfers-per-request', value: f.requests ? f.transfersPerRequest : null, numerator: f.transfers, denominator: f.requests },
    { code: 'complaints', value: f.complaints },
    { code: 'satisfaction', value: f.satisfaction },
    { code: 'revisit-rating', value: f.revisitRating, ...(f.revisitRatings ? { denominator: f.revisitRatings } : {}) },
  ];
}
