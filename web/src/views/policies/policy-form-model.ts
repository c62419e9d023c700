import type { Lang } from '#shared/messages';
import {
  policyActive,
  policyDecisionSchema,
  policyRequestSchema,
  type PolicyDecision,
  type PolicyRequest,
  type PreferentialPolicy,
} from '#shared/schemas/preferential-policy.schema';
import { policyKinds } from '#shared/schemas/preferential-policy.schema';
import { validate, type FieldErrors } from '#shared/validation';

export type PolicyKind = (typeof policyKinds)[number];

export interface PolicyRequestModel {
  kind: PolicyKind | '';
  /** Percent off list price as typed ("5", "7.5"); only for a price discount. */
  discountPercent: string;
  description: string;
  assessment: string;
}

export const emptyPolicyRequest = (): PolicyRequestModel => ({ kind: '', discountPercent: '', description: '', assessment: '' });

/** "5" → 5, "7.50" → 7.5; undefined for blank or anything that is not a plain decimal with at most two places. */
export function parsePercent(text: string): number | undefined {
  const t = text.trim().replace(/%$/, '').trim();
  if (!/^\d{1,2}(\.\d{1,2})?$/.test(t)) return undefined;
  return Number(t);
}

interface RequiredMessages {
  fill: string;
  choose: string;
}

/**
 * The request body, checked with the shared schema in the UI language. A rate is sent only for a price
 * discount; a rate that is not a number between 0 and 100 gets the form's own message.
 */
export function validatePolicyRequest(
  m: PolicyRequestModel,
  lang: Lang,
  messages: RequiredMessages & { percent: string },
): { ok: true; value: PolicyRequest } | { ok: false; fields: FieldErrors } {
  const isDiscount = m.kind === 'price-discount';
  const percent = isDiscount ? parsePercent(m.discountPercent) : undefined;
  const body = {
    kind: m.kind || undefined,
    ...(percent !== undefined ? { discountPercent: percent } : {}),
    description: m.description,
    assessment: m.assessment,
  };
  const result = validate(policyRequestSchema, body, lang);
  const fields: FieldErrors = result.ok ? {} : { ...result.fields };
  if (!m.kind) fields.kind = messages.choose;
  if (!m.description.trim()) fields.description = messages.fill;
  if (!m.assessment.trim()) fields.assessment = messages.fill;
  if (isDiscount && !m.discountPercent.trim()) fields.discountPercent = messages.fill;
  else if (isDiscount && (percent === undefined || percent <= 0)) fields.discountPercent = messages.percent;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return result as { ok: true; value: PolicyRequest };
}

export interface PolicyDecisionModel {
  decision: PolicyDecision['decision'] | '';
  meetingDate: string;
  /** ['YYYY-MM-DD', 'YYYY-MM-DD'] from a range picker, or null while unchosen. */
  validity: [string, string] | null;
  note: string;
}

export const emptyDecision = (today: string): PolicyDecisionModel => ({ decision: '', meetingDate: today, validity: null, note: '' });

/** The decision body: validity only for an approval, a blank note left out. */
export function validateDecision(
  m: PolicyDecisionModel,
  lang: Lang,
  messages: RequiredMessages,
): { ok: true; value: PolicyDecision } | { ok: false; fields: FieldErrors } {
  const approved = m.decision === 'approved';
  const body = {
    decision: m.decision || undefined,
    meetingDate: m.meetingDate || undefined,
    ...(approved && m.validity ? { validFrom: m.validity[0], validTo: m.validity[1] } : {}),
    ...(m.note.trim() ? { note: m.note } : {}),
  };
  const result = validate(policyDecisionSchema, body, lang);
  const fields: FieldErrors = result.ok ? {} : { ...result.fields };
  if (!m.decision) fields.decision = messages.choose;
  if (!m.meetingDate) fields.meetingDate = messages.choose;
  // The form has one range picker where the schema names validTo. The schema's refinements run only
  // once every field parses, so a missing validity is named here too.
  const validity = fields.validTo ?? fields.validFrom;
  delete fields.validTo;
  delete fields.validFrom;
  if (approved && !m.validity) fields.validity = messages.choose;
  else if (validity) fields.validity = validity;
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return result as { ok: true; value: PolicyDecision };
}

/** How a policy stands on `today` ('YYYY-MM-DD', Asia/Shanghai), for its tag. */
export type PolicyStanding = 'pending' | 'active' | 'upcoming' | 'expired' | 'rejected';

export function policyStanding(p: Pick<PreferentialPolicy, 'status' | 'validFrom' | 'validTo'>, today: string): PolicyStanding {
  if (p.status !== 'approved') return p.status;
  if (policyActive(p, today)) return 'active';
  return p.validFrom && today < p.validFrom ? 'upcoming' : 'expired';
}
