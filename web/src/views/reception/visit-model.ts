import type { VisitStepView } from '#shared/reception/visit-view';
import { holds, type Owner } from '#shared/reception/parties';
import { followUpConverted, isHostTeam, mayCancel, mayConvertFollowUp, mayDecide, mayResubmit, mayTick, type Actor } from '#shared/reception/visit-actions';
import type { Role } from '#shared/roles';
import type { Staff } from '#shared/schemas/staff.schema';
import type { RecordedFollowUp, Visit, VisitStatus } from '#shared/schemas/visit.schema';
import { shanghaiDate, shanghaiWallClock } from '#shared/shanghai-time';

const hourMs = 3_600_000;
const dayMs = 24 * hourMs;

/** Who is looking, as the session knows them (the token's username is the staff id). */
export interface Viewer {
  username: string;
  name: string;
  role: Role;
  unitId?: string;
}

export const actorOf = (v: Viewer): Actor => ({ id: v.username, name: v.name, role: v.role, ...(v.unitId ? { unitId: v.unitId } : {}) });

/**
 * The time a visit shows on one day of its span (Shanghai): the arrival time on its first day, the
 * departure time on its last (`until`), the whole day in between; both on a one-day visit.
 */
export function visitTimeOn(v: Pick<Visit, 'arrivalAt' | 'departureAt'>, date: string): { kind: 'arrives' | 'leaves' | 'all-day' | 'span'; from?: string; to?: string } {
  const clock = (iso: string) => shanghaiWallClock(iso).slice(11);
  const first = shanghaiDate(v.arrivalAt) === date;
  const last = shanghaiDate(v.departureAt) === date;
  if (first && last) return { kind: 'span', from: clock(v.arrivalAt), to: clock(v.departureAt) };
  if (first) return { kind: 'arrives', from: clock(v.arrivalAt) };
  if (last) return { kind: 'leaves', to: clock(v.departureAt) };
  return { kind: 'all-day' };
}

/** A date `days` after a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

/**
 * The visits on each day from `from` to `to` (Asia/Shanghai): a visit is on every day from its arrival
 * to its departure, in arrival order. Days without visits are left out.
 */
export function visitsByDay<V extends Pick<Visit, 'arrivalAt' | 'departureAt'>>(visits: readonly V[], from: string, to: string): { date: string; visits: V[] }[] {
  const sorted = [...visits].sort((a, b) => a.arrivalAt.localeCompare(b.arrivalAt));
  return datesBetween(from, to)
    .map((date) => ({ date, visits: sorted.filter((v) => shanghaiDate(v.arrivalAt) <= date && date <= shanghaiDate(v.departureAt)) }))
    .filter((d) => d.visits.length > 0);
}

/**
 * What to fetch for the month an el-calendar shows: its grid starts up to six days before the 1st and
 * ends up to two weeks after the month (six rows of weeks).
 */
export function calendarRange(anyDayOfMonth: Date): { from: string; to: string } {
  const month = shanghaiDate(anyDayOfMonth).slice(0, 7);
  const first = `${month}-01`;
  const nextMonth = new Date(Date.parse(`${first}T00:00:00Z`) + 32 * dayMs).toISOString().slice(0, 7);
  return { from: addDays(first, -7), to: addDays(`${nextMonth}-01`, 13) };
}

/** When a step is due, said relative to the arrival: `{ when: 'before', days: 3 }`, `{ when: 'before', hours: 36 }`, `{ when: 'at' }`. */
export type RelativeDue = { when: 'at' } | { when: 'before' | 'after'; days: number } | { when: 'before' | 'after'; hours: number };

export function relativeDue(dueAt: string, arrivalAt: string): RelativeDue {
  const diff = Date.parse(dueAt) - Date.parse(arrivalAt);
  const hours = Math.round(Math.abs(diff) / hourMs);
  if (hours === 0) return { when: 'at' };
  const when = diff < 0 ? 'before' : 'after';
  return hours % 24 === 0 ? { when, days: hours / 24 } : { when, hours };
}

const preparing = new Set<VisitStatus>(['awaiting-approval', 'rejected', 'open']);

/**
 * Whether the viewer can tick this step now (mirrors shared/reception/visit-actions.ts `tickStep`; the
 * server decides in the end): an open step of a visit being prepared, not one that closes with the
 * approval decision, and the viewer its owner, an alternate, the hosting unit's head or an admin.
 */
export function canTick(visit: Visit, step: VisitStepView | Visit['steps'][number], viewer: Viewer | null): boolean {
  if (!viewer || !preparing.has(visit.status) || step.status !== 'open') return false;
  if (step.kind === 'approval' || (step.kind === 'plan' && visit.approval.required)) return false;
  return mayTick(visit, step, actorOf(viewer));
}

export interface VisitActions {
  decide: boolean;
  resubmit: boolean;
  cancel: boolean;
  editSteps: boolean;
  record: boolean;
}

/** The buttons the visit page offers this viewer (the server checks each again). */
export function visitActions(visit: Visit, viewer: Viewer | null, now: Date): VisitActions {
  if (!viewer) return { decide: false, resubmit: false, cancel: false, editSteps: false, record: false };
  const a = actorOf(viewer);
  return {
    decide: visit.status === 'awaiting-approval' && mayDecide(visit, a),
    resubmit: visit.status === 'rejected' && mayResubmit(visit, a),
    cancel: preparing.has(visit.status) && mayCancel(visit, a),
    editSteps: visit.cell === 'unit-own' && visit.status === 'open' && isHostTeam(visit, a),
    record: visit.status === 'open' && isHostTeam(visit, a) && now.getTime() >= Date.parse(visit.arrivalAt),
  };
}

/** Whether the viewer can turn a recorded follow-up item into a service request or a revisit. */
export function canConvert(visit: Visit, followUp: RecordedFollowUp, viewer: Viewer | null): boolean {
  return !!viewer && visit.status === 'recorded' && !followUpConverted(followUp) && mayConvertFollowUp(visit, followUp, actorOf(viewer));
}

/** Steps done out of all, for progress bars and lists. */
export function progressOf(visit: { steps: readonly { status: string }[] }): { done: number; total: number } {
  return { done: visit.steps.filter((s) => s.status === 'done').length, total: visit.steps.length };
}

/** Names typed in one box (`孙强、周婷, 王磊`) as a list, blanks and repeats dropped. */
export function splitNames(text: string): string[] {
  return [...new Set(text.split(/[,，、;；\n]+/).map((s) => s.trim()).filter(Boolean))];
}

/** The people who answer for an owner, from the staff the viewer can see (a unit user sees their unit's). */
export function ownerPeople(owner: Owner, staff: readonly Staff[]): string[] {
  return staff.filter((s) => holds(owner, s)).map((s) => s.name);
}
