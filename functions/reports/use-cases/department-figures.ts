import { departmentServiceFigures, type DepartmentServiceFigures } from '#shared/reports/department-service-figures';
import type { Period } from '#shared/revisits/periods';
import type { ReportDeps } from '../deps';
import { serviceFacts } from './service-facts';

/**
 * One department's service figures for one quarter (第六条〔八〕; what the General Office's assessment of the
 * department shows beside its evaluation): the requests received in the quarter that the department holds or
 * closed, with their timelines and ratings (service-facts.ts), measured by shared/reports/department-service-figures.ts.
 */
export async function departmentQuarterFigures(deps: Pick<ReportDeps, 'requests' | 'revisits' | 'now'>, department: string, quarter: Period): Promise<DepartmentServiceFigures> {
  const facts = await serviceFacts(deps, quarter.start, quarter.end, department);
  return departmentServiceFigures(facts, department, quarter, deps.now());
}
