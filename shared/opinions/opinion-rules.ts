import type { MessageCode } from '../messages';
import { isUnitRole, type Role } from '../roles';
import type { Meeting, MeetingFeedback } from '../schemas/meeting.schema';
import type { Opinion, OpinionAction } from '../schemas/opinion.schema';
import type { Revisit } from '../schemas/revisit.schema';
import type { ServiceRequest } from '../schemas/service-request.schema';
import { departmentOf, type Department } from '../service/departments';
import { shanghaiDate } from '../shanghai-time';

/**
 * The opinions register's rules (第三条〔四〕), pure: what lands in it from each source, who may handle an
 * opinion, how each step changes it, and when an open one is overdue.
 */
export interface OpinionActor {
  id: string;
  name: string;
  role: Role;
  unitId?: string;
}

/** Days a customer waits at most for an answer unless the department it is passed to sets another date. */
export const answerDays = 15;

export function dueDateFrom(receivedAt: string): string {
  return shanghaiDate(new Date(Date.parse(receivedAt) + answerDays * 86_400_000));
}

type NewOpinion = Omit<Opinion, 'version' | 'updatedAt' | 'status' | 'dueDate'>;
const opened = (o: NewOpinion): Opinion => ({ ...o, status: 'open', dueDate: dueDateFrom(o.receivedAt), updatedAt: o.receivedAt, version: 1 });

/** A revisit's first content (① opinions and suggestions), when the customer gave any. The id is the revisit's, so it lands once. */
export function opinionFromRevisit(r: Revisit): Opinion | undefined {
  if (!r.opinions.trim()) return undefined;
  return opened({
    id: `rv-${r.id}`,
    customerId: r.customerId,
    customerName: r.customerName,
    unitId: r.unitId,
    text: r.opinions,
    source: { kind: 'revisit', revisitId: r.id },
    receivedAt: r.recordedAt,
    recordedBy: r.recordedBy,
  });
}

/** Feedback raised at a meeting, every item. */
export function opinionFromFeedback(m: Pick<Meeting, 'id'>, f: MeetingFeedback): Opinion {
  return opened({
    id: `mt-${f.id}`,
    customerId: f.customerId,
    customerName: f.customerName,
    unitId: f.unitId,
    text: f.text,
    source: { kind: 'meeting', meetingId: m.id, feedbackId: f.id },
    receivedAt: f.recordedAt,
    recordedBy: f.recordedBy,
  });
}

/**
 * A service request of kind inquiry (咨询), unless it was raised from a meeting's feedback: that opinion is in
 * the register already (and names the request).
 */
export function opinionFromRequest(r: ServiceRequest): Opinion | undefined {
  if (r.kind !== 'inquiry' || r.meetingFeedback) return undefined;
  return opened({
    id: `sr-${r.id}`,
    customerId: r.customerId,
    customerName: r.customerName,
    unitId: r.unitId,
    text: r.statement,
    source: { kind: 'service-request', serviceRequestId: r.id },
    receivedAt: r.createdAt,
    recordedBy: r.receivedBy,
  });
}

/** The opinion a meeting's feedback landed as. */
export const feedbackOpinionId = (feedbackId: string) => `mt-${feedbackId}`;

/** A unit user's register is always their unit's (R1), whatever unit they ask for. */
export const registerScope = <Q extends { unitId?: string }>(query: Q, actor: { role: Role; unitId?: string }): Q =>
  isUnitRole(actor.role) && actor.unitId ? { ...query, unitId: actor.unitId } : query;

/** Who reads the register: everyone but Finance; a unit user only their unit's opinions. */
export function maySee(o: Pick<Opinion, 'unitId'>, actor: OpinionActor): boolean {
  if (actor.role === 'finance') return false;
  return !isUnitRole(actor.role) || actor.unitId === o.unitId;
}

/**
 * Who may handle it: Sales (which collects opinions, 第三条〔四〕) and admins, the department it is passed to,
 * and the customer's unit.
 */
export function mayHandle(o: Pick<Opinion, 'unitId' | 'passedTo'>, actor: OpinionActor): boolean {
  if (actor.role === 'admin' || actor.role === 'sales' || actor.role === 'sales-head') return true;
  if (isUnitRole(actor.role)) return actor.unitId === o.unitId;
  return !!o.passedTo && departmentOf(actor) === o.passedTo;
}

export type OpinionDecision = { ok: true; opinion: Opinion } | { ok: false; kind: 'forbidden' | 'invalid' | 'conflict'; code: MessageCode; field?: string };

/**
 * One step on an opinion: passed to a department with the date the customer is to be answered by; the
 * company's decision; the answer that went back (which closes it, and needs the decision first). An
 * answered opinion no longer changes.
 */
export function applyOpinionAction(o: Opinion, action: OpinionAction, actor: OpinionActor, now: Date): OpinionDecision {
  if (!mayHandle(o, actor)) return { ok: false, kind: 'forbidden', code: 'forbidden' };
  if (o.status === 'answered') return { ok: false, kind: 'conflict', code: 'opinion.notOpen' };
  const at = now.toISOString();
  const today = shanghaiDate(now);
  const by = { id: actor.id, name: actor.name };
  const next = { updatedAt: at, version: o.version + 1 };
  switch (action.action) {
    case 'pass': {
      if (action.dueDate < today) return { ok: false, kind: 'invalid', code: 'opinion.dueInPast', field: 'dueDate' };
      if (o.passedTo === action.department && o.dueDate === action.dueDate) return { ok: false, kind: 'invalid', code: 'opinion.sameDepartment', field: 'department' };
      const { overdueSince: _dropped, ...rest } = o;
      return { ok: true, opinion: { ...rest, passedTo: action.department, passedAt: at, passedBy: by, dueDate: action.dueDate, ...next } };
    }
    case 'decide':
      return { ok: true, opinion: { ...o, decision: { text: action.decision, at, by }, ...next } };
    case 'answer':
      if (!o.decision) return { ok: false, kind: 'invalid', code: 'opinion.decideFirst', field: 'action' };
      if (action.answeredOn > today) return { ok: false, kind: 'invalid', code: 'opinion.answerInFuture', field: 'answeredOn' };
      return { ok: true, opinion: { ...o, status: 'answered', answer: { on: action.answeredOn, channel: action.channel, note: action.note, by, at }, ...next } };
  }
}

/**
 * Whom an open opinion waits on: the department it was passed to; until then Sales, which collects them
 * (第三条〔四〕). The register's `waitingOn` filter and the 工作台's to-do read it.
 */
export const waitsOn = (o: Pick<Opinion, 'passedTo'>): Department => o.passedTo ?? 'sales';

/**
 * The register's filter behind a person's to-do of open opinions, or none: a business unit's people answer
 * for their unit's customers, so every open opinion of the unit; Sales, the General Office and leadership
 * those waiting on their department. Finance does not read the register; an administrator handles none by office.
 */
export function opinionTodoFilter(actor: { role: Role }): { status: 'open' } | { waitingOn: Department } | undefined {
  if (isUnitRole(actor.role)) return { status: 'open' };
  if (actor.role === 'sales' || actor.role === 'sales-head' || actor.role === 'office' || actor.role === 'leadership') return { waitingOn: departmentOf(actor) };
  return undefined;
}

/** Still not answered after its date. */
export function isOverdue(o: Pick<Opinion, 'status' | 'dueDate'>, today: string): boolean {
  return o.status === 'open' && o.dueDate < today;
}
