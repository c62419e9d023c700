import { accessLogContracts } from '#shared/contracts/access-log.contract';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { http } from '#core/http/http';
import { AccessLogRepository } from '#core/repositories/access-log.repository';
import { searchAccessLog } from './use-cases/search-access-log';

const deps = { accessLog: new AccessLogRepository(documentClient, env.tableName) };

export const handler = http(
  'GET /access-log',
  async ({ query }) => ({ status: 200, body: await searchAccessLog(deps, query) }),
  accessLogContracts,
);
