import { DomainError } from '../errors';

export const etagOf = (version: number) => `"${version}"`;

/** Reads the version a client edited from If-Match; optimistic locking needs one (428 otherwise). */
export function expectedVersion(ifMatch: string | undefined): number {
  const m = ifMatch ? /^(?:W\/)?"?(\d+)"?$/.exec(ifMatch.trim()) : null;
  if (!m) throw new DomainError('precondition_required', 'precondition_required');
  return Number(m[1]);
}
