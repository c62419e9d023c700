import { indicatorDefaults } from '#shared/assessments/indicator-defaults';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { ArchiveSettingsRepository } from '#core/repositories/archive-settings.repository';
import { AttachmentRepository } from '#core/repositories/attachment.repository';
import { CustomerRepository } from '#core/repositories/customer.repository';
import { IndicatorDefinitionsRepository } from '#core/repositories/indicator-definitions.repository';
import { RevisitReportRepository } from '#core/repositories/revisit-report.repository';
import { RevisitRepository } from '#core/repositories/revisit.repository';
import { RevisitSettingsRepository } from '#core/repositories/revisit-settings.repository';
import { ScorecardRepository } from '#core/repositories/scorecard.repository';
import { ServiceRequestRepository } from '#core/repositories/service-request.repository';
import { StaffRepository } from '#core/repositories/staff.repository';
import { TemporaryRevisitPlanRepository } from '#core/repositories/temporary-revisit-plan.repository';
import { TierRepository } from '#core/repositories/tier.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { VisitRepository } from '#core/repositories/visit.repository';
import type { CoverageDeps } from '../revisits/use-cases/revisit-coverage';

/** What the unit scorecards need (Sales assesses each business unit, R9), created once per container. Tests build their own. */
export interface UnitAssessmentDeps {
  scorecards: ScorecardRepository;
  definitions: IndicatorDefinitionsRepository;
  units: UnitRepository;
  staff: StaffRepository;
  /** Revisit coverage is the revisit report's own (functions/revisits/use-cases/revisit-coverage.ts), with its deps. */
  revisits: CoverageDeps;
  attachments: AttachmentRepository;
  archiveSettings: ArchiveSettingsRepository;
  requests: ServiceRequestRepository;
  visits: VisitRepository;
  revisitReports: RevisitReportRepository;
  now: () => Date;
}

export function unitAssessmentDeps(client = documentClient, tableName = env.tableName): UnitAssessmentDeps {
  const units = new UnitRepository(client, tableName);
  const now = () => new Date();
  return {
    scorecards: new ScorecardRepository(client, tableName),
    definitions: new IndicatorDefinitionsRepository(client, tableName, 'unit', indicatorDefaults.unit),
    units,
    staff: new StaffRepository(client, tableName),
    revisits: {
      customers: new CustomerRepository(client, tableName),
      units,
      settings: new RevisitSettingsRepository(client, tableName),
      tiers: new TierRepository(client, tableName),
      revisits: new RevisitRepository(client, tableName),
      temporaryPlans: new TemporaryRevisitPlanRepository(client, tableName),
      now,
    },
    attachments: new AttachmentRepository(client, tableName),
    archiveSettings: new ArchiveSettingsRepository(client, tableName),
    requests: new ServiceRequestRepository(client, tableName),
    visits: new VisitRepository(client, tableName),
    revisitReports: new RevisitReportRepository(client, tableName),
    now,
  };
}
