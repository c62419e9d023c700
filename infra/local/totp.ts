import { createHmac } from 'node:crypto';

/**
 * The six-digit code an authenticator app shows for a TOTP secret (RFC 6238: HMAC-SHA1, 30-second
 * steps, the base32 secret Cognito's AssociateSoftwareToken hands out). The twin uses it to enrol the
 * demo admin, `npm run totp` prints it for a person, and the tests sign in with it. Twenty lines of
 * node:crypto rather than a library: nothing here is for production sign-in.
 */
export function totpCode(secretBase32: string, at: Date = new Date()): string {
  const key = base32Decode(secretBase32);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 1000 / 30)));
  const hmac = createHmac('sha1', key).update(counter).digest();
  const offset = hmac[hmac.length - 1]! & 0x0f;
  const binary = hmac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 1_000_000).padStart(6, '0');
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text: string): Buffer {
  const clean = text.toUpperCase().replace(/[\s=]/g, '');
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of clean) {
    const index = alphabet.indexOf(char);
    if (index < 0) throw new Error(`not a base32 TOTP secret: ${char}`);
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}
