import * as z from 'zod';
import { meetingChangeSchema, meetingPatchSchema, meetingSchema } from '../schemas/meeting.schema';
import { defineContracts } from './route-contract';

/** Customer meetings (客户座谈会、交流会, 第三条〔八〕). */
export const meetingsContracts = defineContracts({
  'PATCH /meetings/{meetingId}': {
    summary: 'Change a planned meeting’s topic, start, place, hosts or budget note (If-Match)',
    body: meetingPatchSchema,
    response: meetingSchema,
  },
  'GET /meetings/{meetingId}/history': { summary: 'The changes of a meeting’s plan, newest first', response: z.object({ items: z.array(meetingChangeSchema) }) },
});
