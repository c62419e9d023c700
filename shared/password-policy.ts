import type { Bilingual } from './messages';
/**
 * The staff password rules: the one place they are written. The cloud user pool is given exactly these
 * (infra/constructs/crm-user-pool.construct.ts), the twin's pool too (infra/local/provision-cognito.ts),
 * and the sign-in, change and reset forms show them and check them with `passwordProblems` before
 * Cognito does. Cognito stays the judge: a form check only saves a round trip.
 */
export const passwordPolicy = {
  minLength: 12,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: true,
  /** How long a temporary password (a new account, or one an admin reset) may be used for the first sign-in. */
  temporaryPasswordValidityDays: 3,
} as const;

/** Cognito's longest password. */
export const passwordMaxLength = 256;

/** The characters Cognito counts as symbols (its password policy documentation), space included. */
export const passwordSymbols = `^$*.[]{}()?"!@#%&/\\,><':;|_~\`=+- `;

export type PasswordRule = 'length' | 'lowercase' | 'uppercase' | 'digit' | 'symbol' | 'edgeSpace' | 'tooLong';

/** The rules shown to the user, in the order they are listed, with their wording in both languages. */
export const passwordRuleLabels: Record<PasswordRule, Bilingual> = {
  length: { 'zh-CN': `至少 ${passwordPolicy.minLength} 个字符`, en: `At least ${passwordPolicy.minLength} characters` },
  lowercase: { 'zh-CN': '包含小写字母（a–z）', en: 'A lower-case letter (a–z)' },
  uppercase: { 'zh-CN': '包含大写字母（A–Z）', en: 'An upper-case letter (A–Z)' },
  digit: { 'zh-CN': '包含数字（0–9）', en: 'A digit (0–9)' },
  symbol: { 'zh-CN': '包含符号，如 ! @ # $ % & * ?', en: 'A symbol, such as ! @ # $ % & * ?' },
  edgeSpace: { 'zh-CN': '开头和结尾不能是空格', en: 'No space at the start or end' },
  tooLong: { 'zh-CN': `不超过 ${passwordMaxLength} 个字符`, en: `At most ${passwordMaxLength} characters` },
};

/** The rules a form lists up front; the last two only appear when broken. */
export const listedPasswordRules: readonly PasswordRule[] = ['length', 'lowercase', 'uppercase', 'digit', 'symbol'];

/** Every rule the password breaks, in listing order; empty when Cognito's policy would accept it. */
export function passwordProblems(password: string): PasswordRule[] {
  const problems: PasswordRule[] = [];
  // Counted in code points, as Cognito counts characters (an emoji is one, not two UTF-16 units).
  const length = [...password].length;
  if (length < passwordPolicy.minLength) problems.push('length');
  if (passwordPolicy.requireLowercase && !/[a-z]/.test(password)) problems.push('lowercase');
  if (passwordPolicy.requireUppercase && !/[A-Z]/.test(password)) problems.push('uppercase');
  if (passwordPolicy.requireDigits && !/[0-9]/.test(password)) problems.push('digit');
  // A space counts as a symbol only inside the password: at either end it breaks another rule.
  if (passwordPolicy.requireSymbols && ![...password.trim()].some((c) => passwordSymbols.includes(c))) problems.push('symbol');
  if (password !== password.trim()) problems.push('edgeSpace');
  if (length > passwordMaxLength) problems.push('tooLong');
  return problems;
}

