import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { etagOf, expectedVersion } from '#core/http/etag';
import { http } from '#core/http/http';
import { indicatorRepositories, kindParam } from './indicator-deps';

const repositories = indicatorRepositories();

/**
 * An administrator changes a kind's indicators; open scorecards show them from the next read, while a
 * submitted or acknowledged one keeps the definitions frozen into it.
 */
export const handler = http(
  'PUT /settings/assessment-indicators/{kind}',
  async ({ params, headers, body, principal }) => {
    const kind = kindParam(params.kind);
    const stored = await repositories[kind].put(body, expectedVersion(headers['if-match']), principal.id, new Date().toISOString());
    return { status: 200, body: { kind, indicators: stored.settings.indicators, version: stored.version, updatedAt: stored.updatedAt, updatedBy: stored.updatedBy }, headers: { etag: etagOf(stored.version) } };
  },
  assessmentsContracts,
);
