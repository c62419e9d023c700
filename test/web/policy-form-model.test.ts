import { describe, expect, it } from 'vitest';
import {
  emptyDecision,
  emptyPolicyRequest,
  parsePercent,
  policyStanding,
  validateDecision,
  validatePolicyRequest,
} from '../../web/src/views/policies/policy-form-model';

const messages = { fill: 'FILL', choose: 'CHOOSE', percent: 'PERCENT' };
const assessment = '近三年年均交易额超过五百万元，付款及时，信用等级AAA。';

describe('the preferential policy request form', () => {
  it.each([
    ['5', 5],
    ['7.5', 7.5],
    ['12.25%', 12.25],
    [' 3 ', 3],
  ])('reads the rate "%s" as %d percent', (text, value) => {
    expect(parsePercent(text)).toBe(value);
  });

  it.each(['', 'abc', '100', '5.123', '-5', '1e1'])('refuses the rate "%s"', (text) => {
    expect(parsePercent(text)).toBeUndefined();
  });

  it('sends a price discount with its rate', () => {
    const m = { kind: 'price-discount' as const, discountPercent: '5', description: '全年订单九五折', assessment };
    expect(validatePolicyRequest(m, 'zh-CN', messages)).toEqual({
      ok: true,
      value: { kind: 'price-discount', discountPercent: 5, description: '全年订单九五折', assessment },
    });
  });

  it('leaves a typed rate out of any other kind of policy', () => {
    const m = { kind: 'resource-guarantee' as const, discountPercent: '5', description: '旺季优先供货', assessment };
    const result = validatePolicyRequest(m, 'zh-CN', messages);
    expect(result.ok && result.value).toEqual({ kind: 'resource-guarantee', description: '旺季优先供货', assessment });
  });

  it('asks for every blank field, and for a rate on a price discount', () => {
    expect(validatePolicyRequest(emptyPolicyRequest(), 'zh-CN', messages)).toEqual({
      ok: false,
      fields: { kind: 'CHOOSE', description: 'FILL', assessment: 'FILL' },
    });
    const discount = { ...emptyPolicyRequest(), kind: 'price-discount' as const, description: '九五折', assessment };
    expect(validatePolicyRequest(discount, 'zh-CN', messages)).toEqual({ ok: false, fields: { discountPercent: 'FILL' } });
    expect(validatePolicyRequest({ ...discount, discountPercent: '0' }, 'zh-CN', messages)).toEqual({ ok: false, fields: { discountPercent: 'PERCENT' } });
    expect(validatePolicyRequest({ ...discount, discountPercent: '九五' }, 'zh-CN', messages)).toEqual({ ok: false, fields: { discountPercent: 'PERCENT' } });
  });

  it('passes on the schema\u2019s message for a short assessment', () => {
    const m = { kind: 'other' as const, discountPercent: '', description: '专属客户经理', assessment: '很好' };
    expect(validatePolicyRequest(m, 'zh-CN', messages)).toEqual({ ok: false, fields: { assessment: '至少 10 个字符。' } });
  });
});

describe('the GM office meeting decision form', () => {
  it('sends an approval with its validity and note', () => {
    const m = { decision: 'approved' as const, meetingDate: '2026-05-10', validity: ['2026-06-01', '2027-05-31'] as [string, string], note: '按季度复核' };
    expect(validateDecision(m, 'zh-CN', messages)).toEqual({
      ok: true,
      value: { decision: 'approved', meetingDate: '2026-05-10', validFrom: '2026-06-01', validTo: '2027-05-31', note: '按季度复核' },
    });
  });

  it('sends a rejection without validity, and no blank note', () => {
    const m = { decision: 'rejected' as const, meetingDate: '2026-05-10', validity: ['2026-06-01', '2027-05-31'] as [string, string], note: ' ' };
    expect(validateDecision(m, 'en', messages)).toEqual({ ok: true, value: { decision: 'rejected', meetingDate: '2026-05-10' } });
  });

  it('asks for the decision and, for an approval, the validity on the range picker', () => {
    expect(validateDecision({ ...emptyDecision('2026-05-10') }, 'zh-CN', messages)).toEqual({ ok: false, fields: { decision: 'CHOOSE' } });
    expect(validateDecision({ ...emptyDecision(''), decision: 'approved' }, 'zh-CN', messages)).toEqual({
      ok: false,
      fields: { meetingDate: 'CHOOSE', validity: 'CHOOSE' },
    });
  });
});

describe('how a policy stands today', () => {
  const approved = { status: 'approved' as const, validFrom: '2026-06-01', validTo: '2026-12-31' };
  it.each([
    ['2026-05-31', 'upcoming'],
    ['2026-06-01', 'active'],
    ['2026-12-31', 'active'],
    ['2027-01-01', 'expired'],
  ])('an approval for June–December stands on %s as %s', (today, standing) => {
    expect(policyStanding(approved, today)).toBe(standing);
  });

  it('keeps pending and rejected as they are', () => {
    expect(policyStanding({ status: 'pending' }, '2026-06-01')).toBe('pending');
    expect(policyStanding({ status: 'rejected' }, '2026-06-01')).toBe('rejected');
  });
});
