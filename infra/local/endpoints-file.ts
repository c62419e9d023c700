import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Role } from '#shared/roles';
import { StartupError } from './startup-error';
import { localDir } from './settings';

/** .local/endpoints.json: how tests, browser tests and scripts find the running twin. */
export interface Endpoints {
  apiUrl: string;
  webUrl: string;
  region: string;
  userPoolId: string;
  userPoolClientId: string;
  userPoolEndpoint: string;
  dynamodbEndpoint: string;
  /** The local S3-compatible store (attachments, import files) and its bucket. */
  s3Endpoint: string;
  attachmentsBucket: string;
  webhookSecret: string;
  /** A demo admin's TOTP secret (admins must have it): what its authenticator app would hold. */
  users: { username: string; password: string; role: Role; unitId?: string; name: string; totpSecret?: string }[];
  /** cognito-local's log: where a forgotten password's code appears (no mail is sent locally). */
  cognitoLog: string;
}

export const endpointsPath = resolve(localDir, 'endpoints.json');

export function writeEndpoints(endpoints: Endpoints): void {
  writeFileSync(endpointsPath, `${JSON.stringify(endpoints, null, 2)}\n`);
}

export function readEndpoints(): Endpoints {
  if (!existsSync(endpointsPath)) throw new StartupError(`${endpointsPath} not found: start the local twin with npm start first.`);
  return JSON.parse(readFileSync(endpointsPath, 'utf8')) as Endpoints;
}
