import { creditCodeCheckChar } from '#shared/credit-code';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function randomChars(n: number): string {
  return Array.from({ length: n }, () => alphabet[Math.floor(Math.random() * alphabet.length)]).join('');
}

/** A valid, almost surely unused unified social credit code: 91 (enterprise) 310000 (Shanghai) + 9 random + check. */
export function randomCreditCode(): string {
  const first17 = `91310000${randomChars(9)}`;
  return first17 + creditCodeCheckChar(first17);
}

/** The same code with a wrong check character. */
export function withWrongCheckChar(code: string): string {
  const wrong = alphabet[(alphabet.indexOf(code[17]!) + 1) % alphabet.length]!;
  return code.slice(0, 17) + wrong;
}

/** A unique Chinese company name; `marker` is the part tests search for. */
export function uniqueCustomerName(): { name: string; marker: string } {
  const marker = `客户${Date.now().toString(36).toUpperCase()}`;
  return { name: `测试${marker}有限公司`, marker };
}
