import { creditCodeCheckChar } from '../../shared/credit-code';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let counter = 0;

/** A fresh valid credit code per call (Shanghai Pudong prefix, counter-based body). */
export function newCreditCode(): string {
  counter++;
  // One number per call, read once: reading the clock per digit could mix two instants and repeat a code.
  const n = counter + Date.now();
  const body = Array.from({ length: 9 }, (_, i) => alphabet[Math.floor(n / 31 ** i) % 31]).join('');
  const first17 = `91310115${body}`;
  return first17 + creditCodeCheckChar(first17);
}
