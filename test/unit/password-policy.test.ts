import { describe, expect, it } from 'vitest';
import { listedPasswordRules, passwordPolicy, passwordProblems, passwordRuleLabels } from '../../shared/password-policy';

describe('the staff password rules', () => {
  it('accept a password with every kind of character at the minimum length', () => {
    expect(passwordPolicy.minLength).toBe(12);
    expect(passwordProblems('Spring#2027a')).toEqual([]);
  });

  it('name every rule an empty password breaks, in the order the form lists them', () => {
    expect(passwordProblems('')).toEqual(['length', 'lowercase', 'uppercase', 'digit', 'symbol']);
  });

  it('name each missing kind of character on its own', () => {
    expect(passwordProblems('spring#2027ab')).toEqual(['uppercase']);
    expect(passwordProblems('SPRING#2027AB')).toEqual(['lowercase']);
    expect(passwordProblems('Spring#Summer')).toEqual(['digit']);
    expect(passwordProblems('Spring2027abc')).toEqual(['symbol']);
  });

  it('count characters, not UTF-16 units, toward the length', () => {
    // 11 characters, one of them outside the basic plane: still too short.
    expect(passwordProblems('Ab1#defghi😀')).toEqual(['length']);
    expect(passwordProblems('Ab1#defghij😀')).toEqual([]);
  });

  it('count a space inside as a symbol, and refuse one at either end', () => {
    expect(passwordProblems('Spring 2027ab')).toEqual([]);
    expect(passwordProblems(' Spring2027ab')).toEqual(['symbol', 'edgeSpace']);
    expect(passwordProblems('Spring#2027ab ')).toEqual(['edgeSpace']);
  });

  it('refuse what Cognito refuses as too long', () => {
    expect(passwordProblems(`Aa1#${'x'.repeat(253)}`)).toEqual(['tooLong']);
  });

  it('do not let the demo password of the local twin pass: it is set by an administrator, below the policy', () => {
    expect(passwordProblems('Demo@2026')).toEqual(['length']);
  });

  it('have wording in both languages for every rule a form lists', () => {
    for (const rule of listedPasswordRules) {
      expect(passwordRuleLabels[rule]['zh-CN']).toMatch(/\S/);
      expect(passwordRuleLabels[rule].en).toMatch(/\S/);
    }
    expect(passwordRuleLabels.length['zh-CN']).toContain('12');
  });
});
