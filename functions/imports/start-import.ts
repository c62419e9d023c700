import { importsContracts } from '#shared/contracts/imports.contract';
import { http } from '#core/http/http';
import { importDeps } from './deps';
import { jobView } from './use-cases/get-import';
import { startImport } from './use-cases/start-import';

const deps = importDeps();

export const handler = http(
  'POST /imports',
  async ({ body, principal }) => {
    const job = await startImport(deps, body, principal);
    return { status: 202, body: jobView(job), headers: { location: `/imports/${job.id}` } };
  },
  importsContracts,
);
