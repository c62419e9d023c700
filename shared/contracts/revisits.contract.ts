import { coverageQuerySchema, revisitCreateSchema, revisitListQuerySchema } from '../schemas/revisit.schema';
import { revisitSettingsSchema } from '../schemas/revisit-settings.schema';
import { followUpToRequestSchema } from '../schemas/revisit-follow-up.schema';
import { revisitCalendarQuerySchema } from '../schemas/revisit-calendar.schema';
import { defineContracts } from './route-contract';

export const revisitsContracts = defineContracts({
  'POST /customers/{customerId}/revisits': { body: revisitCreateSchema },
  'GET /customers/{customerId}/revisits': { query: revisitListQuerySchema },
  'GET /revisits/coverage': { query: coverageQuerySchema },
  'GET /revisits/calendar': { query: revisitCalendarQuerySchema },
  'GET /settings/revisits': {},
  'PUT /settings/revisits': { body: revisitSettingsSchema },
  'POST /customers/{customerId}/revisits/{revisitId}/issues/{itemId}/service-request': { body: followUpToRequestSchema },
  'GET /customers/{customerId}/revisit-obligations': {},
  'GET /settings/revisits/history': {},
});
