import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { localDir } from './settings';

/** The order webhook's signing secret (Standard Webhooks `whsec_` form), made once per data folder. */
export function localWebhookSecret(): string {
  const file = resolve(localDir, 'webhook-secret.txt');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = `whsec_${randomBytes(24).toString('base64')}`;
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
