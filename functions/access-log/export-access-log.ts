import { accessLogContracts } from '#shared/contracts/access-log.contract';
import { ulid } from 'ulid';
import { xlsxContentType } from '#shared/attachments';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { downloadLink } from '#core/http/download-link';
import { http } from '#core/http/http';
import { AccessLogRepository } from '#core/repositories/access-log.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { exportAccessLog } from './use-cases/export-access-log';

const deps = {
  accessLog: new AccessLogRepository(documentClient, env.tableName),
  units: new UnitRepository(documentClient, env.tableName),
  now: () => new Date(),
  newId: () => ulid(),
};

export const handler = http(
  'GET /access-log/export',
  async ({ query, principal, lang }) => {
    const file = await exportAccessLog(deps, query, principal, lang);
    return downloadLink({ ...file, contentType: xlsxContentType }, principal);
  },
  accessLogContracts,
);
