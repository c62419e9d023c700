import type { Lang } from '#shared/messages';
import type { Role } from '#shared/roles';
import type { RevisitChannel, VisitorRank } from '#shared/revisits/rules';
import { revisitCreateSchema, type RevisitCreate } from '#shared/schemas/revisit.schema';
import { shanghaiWallClock } from '#shared/shanghai-time';
import { validate, type FieldErrors } from '#shared/validation';

export interface VisitorRow {
  name: string;
  rank: VisitorRank | '';
  staffId?: string;
}

export interface FollowUpRow {
  item: string;
  progress: string;
  result: string;
  /** 0: the customer gave no rating. */
  rating: number;
}

/** What the "record revisit" form edits; the four contents of R6 are the four text areas. */
export interface RevisitFormModel {
  /** YYYY-MM-DD and HH:mm, Asia/Shanghai. */
  date: string;
  time: string;
  channel: RevisitChannel | '';
  visitors: VisitorRow[];
  opinions: string;
  serviceFollowUps: FollowUpRow[];
  promoted: string;
  plansAndNeeds: string;
  /** 0: not given yet (it is required). */
  satisfaction: number;
  issues: { text: string }[];
}

/** Today and the current minute in Asia/Shanghai, whatever the browser's zone. */
export function shanghaiNow(now: Date): { date: string; time: string } {
  const [date, time] = shanghaiWallClock(now).split(' ') as [string, string];
  return { date, time };
}

/** The rank a person most likely went with: heads are managers (部门经理), everyone else below them. */
export function defaultRank(role: Role | undefined): VisitorRank {
  return role === 'unit-head' || role === 'sales-head' ? 'manager' : role === 'leadership' ? 'vp' : 'salesperson';
}

export function emptyRevisitForm(now: Date, me?: { name: string; username: string; role: Role }): RevisitFormModel {
  const { date, time } = shanghaiNow(now);
  return {
    date,
    time,
    channel: '',
    visitors: [me ? { name: me.name, rank: defaultRank(me.role), staffId: me.username } : { name: '', rank: '' }],
    opinions: '',
    serviceFollowUps: [],
    promoted: '',
    plansAndNeeds: '',
    satisfaction: 0,
    issues: [],
  };
}

const blank = (s: string) => s.trim() === '';

/**
 * The revisit to send, validated with the shared schema in the UI language. Rows left empty are dropped
 * (an added line nobody filled in is not an error); the date and time are Shanghai's (+08:00).
 * Field errors are keyed by the schema's paths, as the server's are.
 */
export function revisitFromForm(m: RevisitFormModel, lang: Lang, messages: { time: string }): { ok: true; value: RevisitCreate } | { ok: false; fields: FieldErrors } {
  const timeOk = /^([01]\d|2[0-3]):[0-5]\d$/.test(m.time.trim());
  const visitedAt = m.date && timeOk ? `${m.date}T${m.time.trim()}:00+08:00` : '';
  const input = {
    visitedAt,
    channel: m.channel || undefined,
    visitors: m.visitors
      .filter((v) => !(blank(v.name) && !v.rank))
      .map((v) => ({ name: v.name, rank: v.rank || undefined, ...(v.staffId ? { staffId: v.staffId } : {}) })),
    opinions: m.opinions,
    serviceFollowUps: m.serviceFollowUps
      .filter((f) => !(blank(f.item) && blank(f.progress) && blank(f.result)))
      .map((f) => ({ item: f.item, progress: f.progress, result: f.result, ...(f.rating > 0 ? { rating: f.rating } : {}) })),
    promoted: m.promoted,
    plansAndNeeds: m.plansAndNeeds,
    satisfaction: m.satisfaction > 0 ? m.satisfaction : undefined,
    issues: m.issues.filter((i) => !blank(i.text)).map((i) => ({ text: i.text })),
  };
  const result = validate(revisitCreateSchema, input, lang);
  if (m.date && !timeOk) {
    const fields = result.ok ? {} : result.fields;
    return { ok: false, fields: { ...fields, visitedAt: messages.time } };
  }
  return result;
}
