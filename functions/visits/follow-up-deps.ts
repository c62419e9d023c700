import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { revisitDeps } from '../revisits/deps';
import { serviceDeps } from '../service/deps';
import { visitDeps } from './deps';
import type { FollowUpDeps } from './use-cases/follow-ups';

/** A visit's follow-ups reach into service requests and revisits through their own use cases. */
export function followUpDeps(client = documentClient, tableName = env.tableName): FollowUpDeps {
  return { ...visitDeps(client, tableName), service: serviceDeps(client, tableName), revisits: revisitDeps(client, tableName) };
}
