import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The part of .local/endpoints.json (written by `npm start`) the browser tests use. */
export interface DemoLogin {
  username: string;
  password: string;
  role: string;
  name: string;
  unitId?: string;
  /** Demo admins have TOTP set up (admins must): its secret, as an authenticator app holds it. */
  totpSecret?: string;
}

interface LocalEndpoints {
  apiUrl: string;
  webUrl: string;
  users: DemoLogin[];
}

const endpointsFile = fileURLToPath(new URL('../../../.local/endpoints.json', import.meta.url));
let cached: LocalEndpoints | undefined;

/** Read on first use, not at import: the twin writes the file after Playwright loads the tests. */
export function endpoints(): LocalEndpoints {
  cached ??= JSON.parse(readFileSync(endpointsFile, 'utf8')) as LocalEndpoints;
  return cached;
}

export function demoLogin(username: string): DemoLogin {
  const user = endpoints().users.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username} in ${endpointsFile}`);
  return user;
}
