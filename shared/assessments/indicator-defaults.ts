import type { AssessmentKind, IndicatorSet } from '../schemas/assessment.schema';
import { departmentIndicatorDefaults } from './department-indicators';
import { unitIndicatorDefaults } from './unit-indicators';

/** Each kind's indicators until an administrator first changes them. */
export const indicatorDefaults: Record<AssessmentKind, IndicatorSet> = {
  unit: unitIndicatorDefaults,
  department: departmentIndicatorDefaults,
};
