import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { indicatorSetSchema, type AssessmentKind, type IndicatorSet } from '#shared/schemas/assessment.schema';
import { keys } from '../keys';
import { VersionedSettingsRepository } from './versioned-settings.repository';

/**
 * One kind's assessment indicators as an administrator set them (data, like the revisit rules): one current
 * item and an append-only history. `defaults` is the kind's own list (e.g. shared/assessments/unit-indicators.ts),
 * in force until an administrator first changes it.
 */
export class IndicatorDefinitionsRepository extends VersionedSettingsRepository<IndicatorSet> {
  constructor(client: DynamoDBDocumentClient, tableName: string, kind: AssessmentKind, defaults: IndicatorSet) {
    super(client, tableName, {
      current: () => keys.assessmentIndicators(kind),
      history: (suffix) => keys.assessmentIndicatorsHistory(kind, suffix),
      type: `assessment-indicators-${kind}`,
      schema: indicatorSetSchema,
      defaults,
    });
  }
}
