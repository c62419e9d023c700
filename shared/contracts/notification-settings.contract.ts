import * as z from 'zod';
import { notificationSettingsUpdateSchema, notificationSettingsViewSchema } from '../schemas/notification-settings.schema';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** functions/core/channels/channel-sender.ts DeliveryOutcome: how one channel's test message went. */
const deliveryOutcomeSchema = lazySchema(() => z.object({ channel: z.string(), recipientId: z.string(), ok: z.boolean(), attempts: z.number().int(), error: z.string().optional() }));

/** Each person's reminder channels (issue 5). */
export const notificationSettingsContracts = defineContracts({
  'GET /me/notification-settings': { summary: 'The caller’s channels, secrets masked (ETag: version)', response: notificationSettingsViewSchema },
  'PUT /me/notification-settings': { summary: 'Change the caller’s channels (If-Match)', body: notificationSettingsUpdateSchema, response: notificationSettingsViewSchema },
  'POST /me/notification-settings/test': { summary: 'Send a test message through each channel turned on', response: lazySchema(() => z.object({ outcomes: z.array(deliveryOutcomeSchema) })) },
});
