import { uploadUrlSeconds, xlsxContentType } from '#shared/attachments';
import type { Role } from '#shared/roles';
import { importChunkSize, type ImportJob, type StartImportInput } from '#shared/schemas/import.schema';
import { DomainError, invalidFields } from '#core/errors';
import { objectKeys, type PresignedUpload } from '#core/object-storage';
import type { Principal } from '#core/principal';
import type { ImportDeps } from '../deps';
import { importers } from './importers';

/**
 * Where the browser uploads a spreadsheet to import: a PUT URL under the caller's own prefix, bound to
 * the .xlsx type and the file's exact size (at most 20 MB), valid ten minutes. The file goes straight
 * to object storage; no request ever carries it.
 */
export async function requestImportUpload(
  deps: Pick<ImportDeps, 'storage' | 'now' | 'newId'>,
  input: { size: number },
  principal: Principal,
): Promise<{ objectKey: string; upload: PresignedUpload }> {
  const objectKey = objectKeys.importUpload(principal.id, deps.newId());
  const upload = await deps.storage.presignUpload(objectKey, { contentType: xlsxContentType, size: input.size }, uploadUrlSeconds, deps.now());
  return { objectKey, upload };
}

/**
 * Turns an uploaded spreadsheet into an import job (issue 3: customers; issue 4: historic orders):
 * 1. the kind must be one the caller's role imports (historic orders: Sales heads and admins);
 * 2. the file must have been uploaded by the caller (their prefix) and be in object storage;
 * 3. creates the job, waiting for its first step (splitting the file), and sends that step. The answer
 *    comes at once; the browser follows the job with GET /imports/{id}.
 */
export async function startImport(deps: ImportDeps, input: StartImportInput, principal: Principal, options: { chunkSize?: number } = {}): Promise<ImportJob> {
  if (!(importers[input.kind].roles as readonly Role[]).includes(principal.role)) throw new DomainError('forbidden', 'import_kind_forbidden');
  if (!input.objectKey.startsWith(objectKeys.importUploadPrefix(principal.id)) || !(await deps.storage.head(input.objectKey))) {
    throw invalidFields({ objectKey: 'import.objectKey' });
  }
  const now = deps.now().toISOString();
  const job: ImportJob = {
    id: deps.newId(),
    kind: input.kind,
    status: 'splitting',
    fileName: input.fileName ?? input.objectKey.split('/').at(-1)!,
    objectKey: input.objectKey,
    createdAt: now,
    updatedAt: now,
    createdBy: { id: principal.id, name: principal.name, role: principal.role, ...(principal.unitId ? { unitId: principal.unitId } : {}) },
    chunkSize: options.chunkSize ?? importChunkSize,
    totalRows: 0,
    chunkCount: 0,
    validatedChunks: 0,
    validation: { rows: 0, ok: 0, warnings: 0, duplicates: 0, errors: 0 },
    version: 1,
  };
  await deps.imports.create(job);
  await deps.sendStep({ importId: job.id, phase: 'split', chunk: 0 });
  return job;
}
