import { importsContracts } from '#shared/contracts/imports.contract';
import { http } from '#core/http/http';
import { importDeps } from './deps';
import { listImports } from './use-cases/get-import';

const deps = importDeps();

export const handler = http(
  'GET /imports',
  async ({ query, principal }) => ({ status: 200, body: await listImports(deps, query, principal) }),
  importsContracts,
);
