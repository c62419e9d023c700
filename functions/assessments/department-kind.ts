import { assessedDepartments, departmentComputed, departmentRights, isHeadOf } from '#shared/assessments/department-kind';
import { departmentLabels, type Department } from '#shared/service/departments';
import { notFound } from '#core/errors';
import { departmentQuarterFigures } from '../reports/use-cases/department-figures';
import type { DepartmentAssessmentDeps } from './department-deps';
import { scorecardNotices } from './scorecard-notices';
import type { AssessmentKindConfig } from './use-cases/assessment-engine';

/**
 * The General Office's quarterly assessment of each department's customer-service quality (第六条〔八〕, R9)
 * as a kind of the assessment engine: the subjects are the departments that hold requests
 * (shared/assessments/department-kind.ts), the computed values the department's service figures for the
 * quarter, measured as the R8 service-quality report measures them.
 */
export function departmentKind(deps: DepartmentAssessmentDeps): AssessmentKindConfig {
  // A retired unit's scorecards still read; only active units are listed for a quarter.
  const known = async (subject: string): Promise<Department> => {
    if (!(assessedDepartments(await deps.units.list()) as string[]).includes(subject)) throw notFound();
    return subject as Department;
  };
  const nameOf = async (subject: string) => departmentLabels(subject as Department, await deps.units.list());
  return {
    kind: 'department',
    scorecards: deps.scorecards,
    definitions: deps.definitions,
    now: deps.now,
    async rightsOf(subject, principal) {
      return departmentRights(await known(subject), principal);
    },
    async subjectsFor(principal) {
      const units = await deps.units.list();
      return assessedDepartments(units.filter((u) => u.status === 'active'))
        .filter((d) => departmentRights(d, principal))
        .map((d) => ({ id: d, name: departmentLabels(d, units) }));
    },
    subjectName: nameOf,
    async compute(subject, quarter) {
      return departmentComputed(await departmentQuarterFigures(deps, subject, quarter));
    },
    async notices(after, action) {
      const department = after.subject as Department;
      const unitId = department.startsWith('unit:') ? department.slice('unit:'.length) : undefined;
      const heads = action === 'submit' ? (await deps.staff.list(unitId)).filter((s) => s.status !== 'disabled' && isHeadOf(department, s)).map((s) => s.id) : [];
      return scorecardNotices(after, action, await nameOf(department), heads, `/assessments/departments/${department}/${after.quarter}`);
    },
  };
}
