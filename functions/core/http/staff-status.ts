import { staffStatus, type StaffStatus } from '#shared/schemas/staff.schema';
import { documentClient } from '../dynamo';
import { env } from '../env';
import { StaffRepository } from '../repositories/staff.repository';

/**
 * How long a container trusts what it read of a person's directory status. A disabled user's ID token
 * stays valid until it expires (an hour); this check refuses it within these seconds instead.
 */
export const staffStatusTtlMs = 5_000;

type Lookup = (id: string) => Promise<StaffStatus | undefined>;

let lookup: Lookup | undefined;
const cache = new Map<string, { status: StaffStatus | undefined; readAt: number }>();

/**
 * The directory status of the caller (undefined: not in the directory, e.g. the first administrator or an
 * account made in the console and not adopted yet; they are let through on their token's group, as before).
 * Read at most once per `staffStatusTtlMs` per container.
 */
export async function staffStatusOf(id: string, now = Date.now()): Promise<StaffStatus | undefined> {
  const hit = cache.get(id);
  if (hit && now - hit.readAt < staffStatusTtlMs) return hit.status;
  lookup ??= directoryLookup();
  const status = await lookup(id);
  cache.set(id, { status, readAt: now });
  return status;
}

/** Forgets what this container read of a person: their status was just changed here. */
export function forgetStaffStatus(id: string): void {
  cache.delete(id);
}

function directoryLookup(): Lookup {
  const staff = new StaffRepository(documentClient, env.tableName);
  return async (id) => {
    const entry = await staff.get(id);
    return entry ? staffStatus(entry) : undefined;
  };
}
