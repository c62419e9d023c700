import { assessmentsContracts } from '#shared/contracts/assessments.contract';
import { etagOf } from '#core/http/etag';
import { http } from '#core/http/http';
import { indicatorRepositories, kindParam } from './indicator-deps';

const repositories = indicatorRepositories();

/** A kind's indicators in force (its defaults until an administrator changes them), with their version as ETag. */
export const handler = http(
  'GET /settings/assessment-indicators/{kind}',
  async ({ params }) => {
    const kind = kindParam(params.kind);
    const stored = await repositories[kind].get();
    return { status: 200, body: { kind, indicators: stored.settings.indicators, version: stored.version, ...(stored.updatedAt ? { updatedAt: stored.updatedAt, updatedBy: stored.updatedBy } : {}) }, headers: { etag: etagOf(stored.version) } };
  },
  assessmentsContracts,
);
