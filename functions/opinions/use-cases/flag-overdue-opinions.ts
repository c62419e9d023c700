import type { Opinion } from '#shared/schemas/opinion.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { DomainError } from '#core/errors';
import { headsOf } from '../../service/notices';
import type { OpinionDeps } from '../deps';

/**
 * The daily overdue check of the opinions register (第三条〔四〕, as R7's for requests): every open opinion past
 * its answer date is flagged once (until a new date is set by passing it on) and escalated to the heads of the
 * department it is passed to (Sales' when none yet), the General Office and whoever registered it.
 * A flagged opinion is skipped on later runs, so running twice a day escalates once.
 */
export async function flagOverdueOpinions(deps: OpinionDeps): Promise<{ flagged: number }> {
  const now = deps.now();
  const today = shanghaiDate(now);
  const at = now.toISOString();
  const office = (await deps.staff.list()).filter((s) => s.role === 'office').map((s) => s.id);
  let flagged = 0;
  for (const before of await deps.opinions.overdue(today)) {
    if (before.overdueSince) continue;
    const after: Opinion = { ...before, overdueSince: today, updatedAt: at, version: before.version + 1 };
    const heads = await headsOf(deps.staff, before.passedTo ?? 'sales');
    const notices = [...new Set([...heads, ...office, before.recordedBy.id])].map((recipientId) => {
      const id = `opinion-${before.id}-overdue-${today}-${recipientId}`;
      return {
        dedupeKey: id,
        notification: {
          id,
          recipientId,
          kind: 'opinion',
          title: { 'zh-CN': `客户意见逾期未答复：${before.customerName}`, en: `Customer opinion not answered: ${before.customerName}` },
          body: { 'zh-CN': `答复期限 ${before.dueDate} 已过，请尽快处理并答复客户。`, en: `Its answer date ${before.dueDate} has passed; please answer the customer now.` },
          link: `/opinions?overdue=true`,
          createdAt: at,
        },
      };
    });
    try {
      await deps.opinions.replace(before, after, notices);
      flagged++;
    } catch (error) {
      // Changed meanwhile (answered, passed on with a new date): tomorrow's run looks again.
      if (!(error instanceof DomainError && error.kind === 'precondition_failed')) throw error;
    }
  }
  return { flagged };
}
