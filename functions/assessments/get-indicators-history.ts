import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { http } from '#core/http/http';
import { indicatorRepositories, kindParam } from './indicator-deps';

const repositories = indicatorRepositories();

/** Who changed a kind's indicators, when, from what to what (newest first). */
export const handler = http(
  'GET /settings/assessment-indicators/{kind}/history',
  async ({ params }) => {
    const changes = await repositories[kindParam(params.kind)].history();
    return {
      status: 200,
      body: { items: changes.map((c) => ({ indicators: c.settings.indicators, previous: c.previous.indicators, version: c.version, updatedAt: c.updatedAt, updatedBy: c.updatedBy })) },
    };
  },
  assessmentsContracts,
);
