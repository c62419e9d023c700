import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { revisitDeps } from '../revisits/deps';
import { serviceDeps } from '../service/deps';
import { visitDeps } from './deps';
import type { FollowUpRevisitDeps } from './use-cases/follow-up-to-revisit';
import type { FollowUpRequestDeps } from './use-cases/follow-up-to-service-request';

// A visit's follow-ups reach into service requests or revisits through their own use cases; each
// handler builds only the side it needs, so neither bundle carries the other's code.
export function followUpRequestDeps(client = documentClient, tableName = env.tableName): FollowUpRequestDeps {
  return { ...visitDeps(client, tableName), service: serviceDeps(client, tableName) };
}

export function followUpRevisitDeps(client = documentClient, tableName = env.tableName): FollowUpRevisitDeps {
  return { ...visitDeps(client, tableName), revisits: revisitDeps(client, tableName) };
}
