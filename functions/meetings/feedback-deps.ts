import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { revisitDeps } from '../revisits/deps';
import { serviceDeps } from '../service/deps';
import { meetingDeps } from './deps';
import type { FeedbackDeps } from './use-cases/feedback';

/** A meeting's feedback reaches into service requests and revisits through their own use cases. */
export function feedbackDeps(client = documentClient, tableName = env.tableName): FeedbackDeps {
  return { ...meetingDeps(client, tableName), service: serviceDeps(client, tableName), revisits: revisitDeps(client, tableName) };
}
