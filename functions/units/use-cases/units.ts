import type { Unit, UnitChange, UnitCreateInput, UnitPatch } from '#shared/schemas/unit.schema';
import { seedUnits } from '#shared/units';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { UnitDeps } from '../deps';

/** The fields a change shows before → after (the bookkeeping fields are in the change itself). */
const shown = (u: Unit) => ({ name: u.name, nameEn: u.nameEn, region: u.region, heads: u.heads, status: u.status });

/** Heads must be people of the staff directory (they are told what concerns the unit). */
async function checkHeads(deps: UnitDeps, heads: readonly string[] | undefined): Promise<void> {
  if (!heads?.length) return;
  const found = await Promise.all(heads.map((h) => deps.staff.get(h)));
  const unknown = heads.filter((_, i) => !found[i]);
  if (unknown.length) throw new DomainError('invalid', 'validation_failed', { fields: { heads: 'unit.headUnknown' }, params: { heads: unknown.join(', ') } });
}

/**
 * Creates a unit:
 * 1. checks its heads are in the staff directory;
 * 2. writes it active at version 1 with its first history entry, claiming the code: a code held by any
 *    unit, active or retired, is refused (409), so a code is never reused.
 */
export async function createUnit(deps: UnitDeps, input: UnitCreateInput, principal: Principal): Promise<Unit> {
  await checkHeads(deps, input.heads);
  const at = deps.now().toISOString();
  const unit: Unit = {
    code: input.code,
    name: input.name,
    ...(input.nameEn ? { nameEn: input.nameEn } : {}),
    ...(input.region ? { region: input.region } : {}),
    heads: input.heads ?? [],
    status: 'active',
    version: 1,
    createdAt: at,
    createdBy: principal.id,
    updatedAt: at,
    updatedBy: principal.id,
  };
  await deps.units.create(unit, { code: unit.code, action: 'create', version: 1, at, by: principal.id, after: shown(unit) });
  return unit;
}

/** Renames a unit, sets its heads or region, at the version the caller read (If-Match); a retired unit no longer changes. */
export async function updateUnit(deps: UnitDeps, code: string, patch: UnitPatch, expectedVersion: number, principal: Principal): Promise<Unit> {
  const current = await deps.units.get(code);
  if (!current) throw notFound();
  if (current.status === 'retired') throw new DomainError('conflict', 'unit_retired', { params: { name: current.name } });
  if (current.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  await checkHeads(deps, patch.heads);
  const at = deps.now().toISOString();
  const { nameEn, region, ...rest } = { ...current, ...patch };
  const next: Unit = {
    ...rest,
    ...(nameEn ? { nameEn } : {}),
    ...(region ? { region } : {}),
    version: current.version + 1,
    updatedAt: at,
    updatedBy: principal.id,
  };
  await deps.units.update(next, expectedVersion, changeOf('update', current, next, at, principal));
  return next;
}

/**
 * Retires a unit. Refused (409, naming both counts) while it still has live customers or staff not
 * disabled: they would be left in a unit nobody can choose. The record stays, retired, so its code is
 * never reused and old records still show its name.
 */
export async function retireUnit(deps: UnitDeps, code: string, expectedVersion: number | undefined, principal: Principal): Promise<Unit> {
  const current = await deps.units.get(code);
  if (!current) throw notFound();
  if (current.status === 'retired') throw new DomainError('conflict', 'unit_retired', { params: { name: current.name } });
  if (expectedVersion !== undefined && current.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const counts = await deps.members.count(code);
  if (counts.customers > 0 || counts.staff > 0) {
    throw new DomainError('conflict', 'unit_not_empty', {
      params: { name: current.name, customers: String(counts.customers), staff: String(counts.staff) },
    });
  }
  const at = deps.now().toISOString();
  const next: Unit = { ...current, status: 'retired', retiredAt: at, version: current.version + 1, updatedAt: at, updatedBy: principal.id };
  await deps.units.update(next, current.version, changeOf('retire', current, next, at, principal));
  return next;
}

function changeOf(action: UnitChange['action'], before: Unit, after: Unit, at: string, principal: Principal): UnitChange {
  return { code: after.code, action, version: after.version, at, by: principal.id, before: shown(before), after: shown(after) };
}

/**
 * Writes the first units (shared/units.ts) when the system has none yet: the twin's seed and the
 * on-demand job `seed-units` of a fresh cloud deployment. Each is created only if its code is free,
 * so running it again, or after an administrator changed or retired one, changes nothing.
 */
export async function seedFirstUnits(deps: UnitDeps): Promise<{ created: string[] }> {
  const existing = new Set((await deps.units.listFresh()).map((u) => u.code));
  const created: string[] = [];
  const system: Principal = { id: 'system', name: 'system', role: 'admin' };
  for (const u of seedUnits) {
    if (existing.has(u.code)) continue;
    try {
      await createUnit(deps, { code: u.code, name: u.name, nameEn: u.nameEn, region: u.region }, system);
      created.push(u.code);
    } catch (error) {
      // Another run created it between the read and the write: already there is what was wanted.
      if (!(error instanceof DomainError && error.kind === 'conflict')) throw error;
    }
  }
  return { created };
}
