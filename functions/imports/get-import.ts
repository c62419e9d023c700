import { importsContracts } from '#shared/contracts/imports.contract';
import { http } from '#core/http/http';
import { importDeps } from './deps';
import { getImport } from './use-cases/get-import';

const deps = importDeps();

export const handler = http(
  'GET /imports/{importId}',
  async ({ params, query, principal }) => ({ status: 200, body: await getImport(deps, params.importId, query, principal) }),
  importsContracts,
);
