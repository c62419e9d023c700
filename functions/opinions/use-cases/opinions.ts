import { applyOpinionAction, maySee, registerScope } from '#shared/opinions/opinion-rules';
import type { Opinion, OpinionAction, OpinionListQuery } from '#shared/schemas/opinion.schema';
import { shanghaiDate } from '#shared/shanghai-time';
import { translate, type Lang } from '#shared/messages';
import { DomainError, invalidFields, notFound } from '#core/errors';
import type { Principal } from '#core/principal';
import { headsOf } from '../../service/notices';
import type { OpinionDeps } from '../deps';


/** GET /opinions: newest first, filtered by status, source, unit, overdue. */
export async function listOpinions(deps: OpinionDeps, query: OpinionListQuery, principal: Principal) {
  const q = registerScope(query, principal);
  return deps.opinions.page({ ...q, today: shanghaiDate(deps.now()) }, { limit: q.limit, ...(q.cursor ? { cursor: q.cursor } : {}) });
}

export async function getOpinion(deps: OpinionDeps, id: string, principal: Principal): Promise<Opinion> {
  const opinion = await deps.opinions.get(id);
  if (!opinion || !maySee(opinion, principal)) throw notFound();
  return opinion;
}

/**
 * One step on an opinion (pass to a department, record the decision, record the answer): the rule in
 * shared/opinions/opinion-rules.ts decides; the entry is written on condition of the version read (412 if
 * someone changed it meanwhile). Passing it on tells the receiving department's heads.
 */
export async function actOnOpinion(deps: OpinionDeps, id: string, action: OpinionAction, principal: Principal, lang: Lang): Promise<Opinion> {
  const before = await getOpinion(deps, id, principal);
  const decided = applyOpinionAction(before, action, principal, deps.now());
  if (!decided.ok) {
    if (decided.field) throw invalidFields({ [decided.field]: translate(decided.code, lang) });
    throw new DomainError(decided.kind, decided.code);
  }
  const after = decided.opinion;
  const notices = action.action === 'pass' ? await passedNotices(deps, after) : [];
  await deps.opinions.replace(before, after, notices);
  return after;
}

/** The receiving department's heads hear of it, with the date the customer is to be answered by. */
export async function passedNotices(deps: OpinionDeps, o: Opinion) {
  const heads = await headsOf(deps.staff, o.passedTo!);
  return heads.map((recipientId) => {
    const id = `opinion-${o.id}-v${o.version}-passed-${recipientId}`;
    return {
      dedupeKey: id,
      notification: {
        id,
        recipientId,
        kind: 'opinion',
        title: { 'zh-CN': `客户意见：${o.customerName}`, en: `Customer opinion: ${o.customerName}` },
        body: { 'zh-CN': `请于 ${o.dueDate} 前处理并答复客户：${o.text}`, en: `Please handle it and answer the customer by ${o.dueDate}: ${o.text}` },
        link: `/opinions?focus=${o.id}`,
        createdAt: o.updatedAt,
      },
    };
  });
}
