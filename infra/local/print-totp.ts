/**
 * `npm run totp -- <username>`: the current sign-in code of a demo user with TOTP (the demo admin), for
 * a person trying the twin without an authenticator app. Reads the secret from .local/endpoints.json.
 */
import { readEndpoints } from './endpoints-file';
import { StartupError } from './startup-error';
import { totpCode } from './totp';

const username = process.argv[2] ?? 'admin';
try {
  const user = readEndpoints().users.find((u) => u.username === username);
  if (!user?.totpSecret) throw new StartupError(`${username} has no TOTP secret in .local/endpoints.json (only the demo admin has one).`);
  const left = 30 - (Math.floor(Date.now() / 1000) % 30);
  console.log(`${totpCode(user.totpSecret)}  (${username}; valid for ${left} s more · 剩余 ${left} 秒)`);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
