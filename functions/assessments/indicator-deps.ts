import { indicatorDefaults } from '#shared/assessments/indicator-defaults';
import { assessmentKinds, type AssessmentKind } from '#shared/schemas/assessment.schema';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { notFound } from '#core/errors';
import { IndicatorDefinitionsRepository } from '#core/repositories/indicator-definitions.repository';

/** The indicator definitions of each assessment kind, with the kind's defaults. */
export function indicatorRepositories(client = documentClient, tableName = env.tableName): Record<AssessmentKind, IndicatorDefinitionsRepository> {
  return {
    unit: new IndicatorDefinitionsRepository(client, tableName, 'unit', indicatorDefaults.unit),
    department: new IndicatorDefinitionsRepository(client, tableName, 'department', indicatorDefaults.department),
  };
}

/** A kind named in a path; any other is no such setting (404). */
export function kindParam(value: string | undefined): AssessmentKind {
  if (!(assessmentKinds as readonly string[]).includes(value ?? '')) throw notFound();
  return value as AssessmentKind;
}
