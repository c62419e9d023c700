import { logger } from '#core/logger';
import { unitDeps } from '../units/deps';
import { seedFirstUnits } from '../units/use-cases/units';

/**
 * On demand only (shared/on-demand-jobs.ts): a fresh cloud deployment's first business units, those of
 * shared/units.ts, written once. Idempotent: a code already there, active or retired, is left alone.
 * The twin's seed calls the same use case.
 */
export const handler = async () => {
  const summary = await seedFirstUnits(unitDeps());
  logger.info('units seeded', { ...summary });
  return summary;
};
