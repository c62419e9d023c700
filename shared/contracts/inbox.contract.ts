import * as z from 'zod';
import { inboxQuerySchema } from '../schemas/inbox.schema';
import { notificationSchema } from '../schemas/notification.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** Each person's in-app inbox. */
export const inboxContracts = defineContracts({
  'GET /inbox': {
    summary: 'A page of the caller’s notices, and how many are unread',
    query: inboxQuerySchema,
    response: lazySchema(() => pageOf(notificationSchema).extend({ unreadCount: z.number().int() })),
  },
  'POST /inbox/read-all': { summary: 'Mark a bounded batch read (unreadCount above 0: more remain)', response: lazySchema(() => z.object({ marked: z.number().int(), unreadCount: z.number().int() })) },
  'POST /inbox/{notificationId}/read': { summary: 'Mark one notice read (idempotent)', response: lazySchema(() => z.object({ unreadCount: z.number().int() })) },
});
