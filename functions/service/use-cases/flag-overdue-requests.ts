import type { ServiceEvent, ServiceRequest } from '#shared/schemas/service-request.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import type { ServiceDeps } from '../deps';
import { headsOf, requestNotices } from '../notices';

/**
 * The daily overdue check (R7): every open request past its expected date is flagged once (until a new
 * date is set) and escalated to the handling department's head, the General Office and its first-inquiry
 * owner. A flagged request is skipped on later runs, so running twice a day escalates once.
 */
export async function flagOverdueRequests(deps: ServiceDeps): Promise<{ flagged: number }> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const at = now.toISOString();
  const office = (await deps.staff.list()).filter((s) => s.role === 'office').map((s) => s.id);
  let flagged = 0;
  for (const before of await deps.requests.overdue(today)) {
    if (before.overdueSince) continue;
    const after: ServiceRequest = { ...before, overdueSince: today, version: before.version + 1, updatedAt: at };
    const event: ServiceEvent = { at, by: 'system', byName: '系统 / system', action: 'overdue', details: { expectedDate: before.expectedDate } };
    const heads = await headsOf(deps.staff, before.handler.department);
    const notices = requestNotices(after, [...heads, ...office, before.firstOwnerId], {
      key: 'overdue',
      at,
      zh: `已超过预计解决日期 ${before.expectedDate}，请尽快处理。`,
      en: `Past its expected date ${before.expectedDate}; please act now.`,
    });
    try {
      await deps.requests.save(before, after, event, notices);
      flagged++;
    } catch (error) {
      // Changed meanwhile (e.g. rescheduled): tomorrow's run looks again.
      if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw error;
    }
  }
  return { flagged };
}
