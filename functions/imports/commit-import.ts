import { importsContracts } from '#shared/contracts/imports.contract';
import { http } from '#core/http/http';
import { importDeps } from './deps';
import { commitImport } from './use-cases/commit-import';
import { jobView } from './use-cases/get-import';

const deps = importDeps();

export const handler = http(
  'POST /imports/{importId}/commit',
  async ({ params, body, principal }) => ({ status: 202, body: jobView(await commitImport(deps, params.importId, body.duplicates, principal)) }),
  importsContracts,
);
