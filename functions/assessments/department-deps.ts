import { indicatorDefaults } from '#shared/assessments/indicator-defaults';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { IndicatorDefinitionsRepository } from '#core/repositories/indicator-definitions.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { ScorecardRepository } from '#core/repositories/scorecard.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { UnitRepository } from '#core/repositories/unit.repository';

/** What the department assessment needs (the General Office assesses each department, 第六条〔八〕), created once per container. Tests build their own. */
export interface DepartmentAssessmentDeps {
  scorecards: ScorecardRepository;
  definitions: IndicatorDefinitionsRepository;
  units: UnitRepository;
  staff: StaffRepository;
  /** The service figures' sources (functions/reports/use-cases/service-facts.ts). */
  requests: ServiceRequestRepository;
  revisits: RevisitRepository;
  now: () => Date;
}

export function departmentAssessmentDeps(client = documentClient, tableName = env.tableName): DepartmentAssessmentDeps {
  return {
    scorecards: new ScorecardRepository(client, tableName),
    definitions: new IndicatorDefinitionsRepository(client, tableName, 'department', indicatorDefaults.department),
    units: new UnitRepository(client, tableName),
    staff: new StaffRepository(client, tableName),
    requests: new ServiceRequestRepository(client, tableName),
    revisits: new RevisitRepository(client, tableName),
    now: () => new Date(),
  };
}
