import { unitFigures } from '#shared/assessments/unit-figures';
import { isUnitRole, type Role } from '#shared/roles';
import { isUnitCode, unitNames } from '#shared/units';
import { notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { AssessmentKindConfig } from './use-cases/assessment-engine';
import { unitQuarterFacts } from './use-cases/unit-facts';
import { scorecardNotices } from './scorecard-notices';
import type { UnitAssessmentDeps } from './unit-deps';

/** Sales assesses the units (第三条〔一〕): its head and its salespeople score and submit. */
const assessors: readonly Role[] = ['sales-head', 'sales'];

/**
 * The business units' quarterly scorecards (R9) as a kind of the assessment engine: Sales assesses, the unit's
 * own head acknowledges or objects, unit people read only their own unit's, the route table says who else reads.
 */
export function unitKind(deps: UnitAssessmentDeps): AssessmentKindConfig {
  const names = async (unitId: string) => {
    const n = unitNames(await deps.units.list(), unitId);
    return { 'zh-CN': n.zh, en: n.en };
  };
  return {
    kind: 'unit',
    scorecards: deps.scorecards,
    definitions: deps.definitions,
    now: deps.now,
    async rightsOf(unitId: string, p: Principal) {
      if (!isUnitCode(unitId) || !(await deps.units.find(unitId))) throw notFound();
      if (isUnitRole(p.role) && p.unitId !== unitId) return null;
      return { assessor: assessors.includes(p.role), subjectHead: p.role === 'unit-head' && p.unitId === unitId };
    },
    async subjectsFor(p: Principal) {
      const units = await deps.units.list();
      const listed = isUnitRole(p.role) ? units.filter((u) => u.code === p.unitId) : units.filter((u) => u.status === 'active');
      return listed.map((u) => ({ id: u.code, name: { 'zh-CN': u.name, en: u.nameEn ?? u.name } }));
    },
    subjectName: names,
    async compute(unitId, quarter) {
      return unitFigures(await unitQuarterFacts(deps, unitId, quarter));
    },
    async notices(after, action) {
      const heads = action === 'submit' ? (await deps.staff.list(after.subject)).filter((s) => s.role === 'unit-head' && s.status !== 'disabled').map((s) => s.id) : [];
      return scorecardNotices(after, action, await names(after.subject), heads, `/assessments/units/${after.subject}/${after.quarter}`);
    },
  };
}
