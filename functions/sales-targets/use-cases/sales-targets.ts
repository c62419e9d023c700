import { compareNames } from '#shared/name-order';
import { targetProgress } from '#shared/sales-targets/progress';
import { canReadTarget } from '#shared/sales-targets/target-access';
import type { SalesTarget, TargetDetail, TargetInput, TargetPath } from '#shared/schemas/sales-target.schema';
import { staffStatus } from '#shared/schemas/staff.schema';
import { shanghaiMonth } from '#shared/shanghai-time';
import { DomainError, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import type { SalesTargetDeps } from '../deps';
import { yearFigures } from './year-figures';

interface Subject {
  kind: TargetPath['kind'];
  subjectId: string;
  name: string;
  /** The unit itself, or the person's unit. */
  unitId?: string;
}

/** The unit or person a path names: a unit record (retired ones keep their targets) or a person in the directory; else 404. */
async function subjectOf(deps: Pick<SalesTargetDeps, 'units' | 'staff'>, path: TargetPath): Promise<Subject> {
  if (path.kind === 'unit') {
    const unit = await deps.units.find(path.subjectId);
    if (!unit) throw notFound();
    return { kind: 'unit', subjectId: unit.code, name: unit.name, unitId: unit.code };
  }
  const person = await deps.staff.get(path.subjectId);
  if (!person) throw notFound();
  return { kind: 'person', subjectId: person.id, name: person.name, ...(person.unitId ? { unitId: person.unitId } : {}) };
}

/** The year's targets the caller may read (shared/sales-targets/target-access.ts): units first, then people, by name. */
export async function listTargets(deps: Pick<SalesTargetDeps, 'targets'>, year: number, principal: Principal): Promise<{ year: number; items: SalesTarget[] }> {
  const items = (await deps.targets.list(year))
    .filter((t) => canReadTarget(principal, t))
    .sort((a, b) => (a.kind === b.kind ? compareNames(a.subjectName, b.subjectName) : a.kind === 'unit' ? -1 : 1));
  return { year, items };
}

/**
 * One unit's or salesperson's year (第五条〔一〕):
 * 1. the subject must exist and be one the caller may read (else 404, as a customer out of scope);
 * 2. its target (null while none is set) and the target's changes, newest first;
 * 3. its progress by month from what its customers bought (R4's totals) and paid (payments received),
 *    as of this month in Asia/Shanghai (shared/sales-targets/progress.ts).
 */
export async function getTarget(deps: SalesTargetDeps, path: TargetPath, principal: Principal): Promise<TargetDetail> {
  const subject = await subjectOf(deps, path);
  if (!canReadTarget(principal, subject)) throw notFound();
  const [target, history, { figures, customers }] = await Promise.all([
    deps.targets.get(path.year, subject.kind, subject.subjectId),
    deps.targets.history(path.year, subject.kind, subject.subjectId),
    yearFigures(deps, path.year, subject.kind, subject.subjectId),
  ]);
  return {
    year: path.year,
    kind: subject.kind,
    subjectId: subject.subjectId,
    subjectName: subject.name,
    target: target ?? null,
    progress: targetProgress(path.year, target ?? null, figures, shanghaiMonth(deps.now()), customers),
    history,
  };
}

/**
 * Sets a unit's or salesperson's target for a year (the route lets Sales heads and admins):
 * 1. an active unit, or a person in the directory who is not disabled (a target for someone who left is refused);
 * 2. on the version the writer edited (If-Match; "0" for the first), else 412;
 * 3. the change is kept as history (who, when, before → after) in the same transaction.
 */
export async function putTarget(
  deps: Pick<SalesTargetDeps, 'targets' | 'units' | 'staff' | 'now'>,
  path: TargetPath,
  input: TargetInput,
  expectedVersion: number,
  principal: Principal,
): Promise<SalesTarget> {
  const subject = await subjectOf(deps, path);
  if (subject.kind === 'unit' && !(await deps.units.findActive(subject.subjectId))) throw notFound();
  if (subject.kind === 'person' && staffStatus((await deps.staff.get(subject.subjectId))!) !== 'active') throw new DomainError('invalid', 'salesTarget.unknownPerson');
  const before = await deps.targets.get(path.year, subject.kind, subject.subjectId);
  if ((before?.version ?? 0) !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
  const at = deps.now().toISOString();
  const by = { id: principal.id, name: principal.name };
  const figures = { amountFen: input.amountFen, ...(input.collectionFen !== undefined ? { collectionFen: input.collectionFen } : {}), note: input.note };
  const after: SalesTarget = {
    year: path.year,
    kind: subject.kind,
    subjectId: subject.subjectId,
    subjectName: subject.name,
    ...(subject.unitId ? { unitId: subject.unitId } : {}),
    ...figures,
    version: expectedVersion + 1,
    updatedAt: at,
    updatedBy: by,
  };
  const beforeFigures = before ? { amountFen: before.amountFen, ...(before.collectionFen !== undefined ? { collectionFen: before.collectionFen } : {}), note: before.note } : undefined;
  await deps.targets.put(after, expectedVersion, {
    year: path.year,
    kind: subject.kind,
    subjectId: subject.subjectId,
    version: after.version,
    at,
    by,
    ...(beforeFigures ? { before: beforeFigures } : {}),
    after: figures,
  });
  return after;
}
