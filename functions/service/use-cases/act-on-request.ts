import { decide } from '#shared/service/request-state';
import { departmentOf } from '#shared/service/departments';
import type { ServiceAction, ServiceEvent, ServiceRequest } from '#shared/schemas/service-request.schema';
import { staffStatus } from '#shared/schemas/staff.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { DomainError, invalidFields } from '#core/errors';
import type { Principal } from '#core/principal';
import type { ServiceDeps } from '../deps';
import { headsOf, requestNotices } from '../notices';
import { getRequest } from './get-request';

/**
 * Moves a request one step (R7), by the rules of shared/service/request-state.ts:
 * 1. reads it (404 outside the caller's view) and checks the version the caller saw, when given;
 * 2. lets the state machine allow or refuse the move, naming the missing field;
 * 3. writes the new state, its timeline event and the notices in one transaction: the first-inquiry
 *    owner hears of every step by others and of the close; a new handler hears of a transfer.
 */
export async function actOnRequest(
  deps: ServiceDeps,
  id: string,
  action: ServiceAction,
  principal: Principal,
  seenVersion?: number,
): Promise<ServiceRequest> {
  const { request: before } = await getRequest(deps, id, principal);
  if (seenVersion !== undefined && seenVersion !== before.version) throw new DomainError('precondition_failed', 'precondition_failed');
  const now = deps.now();
  const at = now.toISOString();
  const verdict = decide(before, action, principal, shanghaiDate(now));
  if (!verdict.ok) {
    if (verdict.field) throw invalidFields({ [verdict.field]: verdict.code });
    throw new DomainError(verdict.kind, verdict.code);
  }

  const after: ServiceRequest = { ...before, ...verdict.changes, updatedAt: at, version: before.version + 1 };
  for (const key of verdict.clear) delete after[key];
  if (action.action === 'resolve') after.closedAt = at;
  if (action.action === 'record-money') after.money = { amountFen: action.amountFen, note: action.note, recordedBy: principal.id, recordedAt: at };
  const recipients = [before.firstOwnerId];
  if (action.action === 'transfer') {
    if ('personId' in action.to) {
      const person = await deps.staff.get(action.to.personId);
      if (!person) throw invalidFields({ to: 'service.unknownPerson' });
      if (staffStatus(person) !== 'active') throw invalidFields({ to: 'owner.inactive' });
      after.handler = { personId: person.id, department: departmentOf(person) };
      recipients.push(person.id);
    } else {
      after.handler = { department: action.to.department };
      recipients.push(...(await headsOf(deps.staff, action.to.department)));
    }
  }
  if (before.officeTracking && (action.action === 'resolve' || action.action === 'reopen')) {
    recipients.push(...(await deps.staff.list()).filter((s) => s.role === 'office').map((s) => s.id));
  }

  const { action: name, ...details } = action;
  const event: ServiceEvent = { at, by: principal.id, byName: principal.name, action: name, details };
  const notices = requestNotices(
    after,
    recipients.filter((r) => r !== principal.id),
    { key: name, at, ...describe(action, principal.name) },
  );
  await deps.requests.save(before, after, event, notices);
  return after;
}

function describe(action: ServiceAction, who: string): { zh: string; en: string } {
  switch (action.action) {
    case 'resolve':
      return { zh: `${who}已解决并关闭：${action.resolution}`, en: `${who} resolved and closed it: ${action.resolution}` };
    case 'pend':
      return { zh: `${who}登记了处理计划，预计 ${action.expectedDate} 解决。`, en: `${who} recorded a plan; expected by ${action.expectedDate}.` };
    case 'transfer':
      return { zh: `${who}已转交处理，预计 ${action.expectedDate} 解决。原因：${action.reason}`, en: `${who} transferred it, expected by ${action.expectedDate}. Reason: ${action.reason}` };
    case 'reschedule':
      return { zh: `${who}将预计解决日期改为 ${action.expectedDate}：${action.reason}`, en: `${who} moved the expected date to ${action.expectedDate}: ${action.reason}` };
    case 'record-money':
      return { zh: `${who}登记了款项处理。`, en: `${who} recorded the money side.` };
    case 'correct':
      return { zh: `${who}补充了更正说明。`, en: `${who} appended a correction.` };
    case 'reopen':
      return { zh: `${who}重新打开了工单：${action.reason}`, en: `${who} reopened it: ${action.reason}` };
  }
}
