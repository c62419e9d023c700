import { inboxQuerySchema } from '../schemas/inbox.schema';
import { defineContracts } from './route-contract';

export const inboxContracts = defineContracts({
  'GET /inbox': { query: inboxQuerySchema },
  'POST /inbox/read-all': {},
  'POST /inbox/{notificationId}/read': {},
});
