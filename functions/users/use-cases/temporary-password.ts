import { randomInt } from 'node:crypto';

const lower = 'abcdefghijkmnpqrstuvwxyz';
const upper = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const digits = '23456789';
const symbols = '!@#$%^&*-_=+?';
const all = lower + upper + digits + symbols;

/**
 * A temporary password the pool's rules accept (infra/constructs/crm-user-pool.construct.ts: 12+
 * characters with lower and upper case, a digit and a symbol): 16 characters from a CSPRNG, one of each
 * kind at a random place, without look-alikes (l, 1, O, 0) since it is read off the screen and typed.
 */
export function temporaryPassword(): string {
  const chars = [lower, upper, digits, symbols].map(pick);
  while (chars.length < 16) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}

const pick = (set: string) => set[randomInt(set.length)]!;
