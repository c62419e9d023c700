import { importsContracts } from '#shared/contracts/imports.contract';
import { http } from '#core/http/http';
import { importDeps } from './deps';
import { requestImportUpload } from './use-cases/start-import';

const deps = importDeps();

export const handler = http(
  'POST /imports/uploads',
  async ({ body, principal }) => ({ status: 201, body: await requestImportUpload(deps, body, principal) }),
  importsContracts,
);
