import * as z from 'zod';
import {
  feedbackServiceRequestSchema,
  invitationAddSchema,
  invitationSchema,
  invitationsAddedSchema,
  invitationUpdateSchema,
  meetingCancelSchema,
  meetingChangeSchema,
  meetingCreateSchema,
  meetingFeedbackInputSchema,
  meetingListQuerySchema,
  meetingMinutesSchema,
  meetingPatchSchema,
  meetingRowSchema,
  meetingSchema,
  meetingViewSchema,
} from '../schemas/meeting.schema';
import { pageQuerySchema } from '../schemas/page.schema';
import { revisitCreateSchema, revisitSchema } from '../schemas/revisit.schema';
import { serviceRequestSchema } from '../schemas/service-request.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

/** Customer meetings (客户座谈会、交流会, 第三条〔八〕). */
export const meetingsContracts = defineContracts({
  'POST /meetings': { summary: 'Plan a meeting (Sales)', body: meetingCreateSchema, status: 201, response: meetingSchema },
  'GET /meetings': { summary: 'Meetings, newest start first (a unit user: those its customers are invited to)', query: meetingListQuerySchema, response: pageOf(meetingRowSchema) },
  'GET /meetings/{meetingId}': { summary: 'A meeting with the invitations and feedback the caller may see', response: meetingViewSchema },
  'PATCH /meetings/{meetingId}': {
    summary: 'Change a planned meeting’s topic, start, place, hosts or budget note (If-Match)',
    body: meetingPatchSchema,
    response: meetingSchema,
  },
  'GET /meetings/{meetingId}/history': { summary: 'The changes of a meeting’s plan, newest first', response: lazySchema(() => z.object({ items: z.array(meetingChangeSchema) })) },
  'POST /meetings/{meetingId}/invitations': { summary: 'Invite customers, named or by unit, tier and kind', body: invitationAddSchema, response: invitationsAddedSchema },
  'PUT /meetings/{meetingId}/invitations/{customerId}': { summary: 'Who should come, the customer’s reply and (once held) attendance', body: invitationUpdateSchema, response: invitationSchema },
  'PUT /meetings/{meetingId}/minutes': { summary: 'The minutes (the meeting is then held)', body: meetingMinutesSchema, response: meetingSchema },
  'POST /meetings/{meetingId}/cancel': { summary: 'Cancel a planned meeting, with the reason', body: meetingCancelSchema, response: meetingSchema },
  'POST /meetings/{meetingId}/feedback': { summary: 'What an invited customer raised', body: meetingFeedbackInputSchema, status: 201, response: meetingSchema },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/service-request': {
    summary: 'Turn feedback into a service request, linked both ways',
    body: feedbackServiceRequestSchema,
    status: 201,
    response: lazySchema(() => z.object({ meeting: meetingSchema, serviceRequest: serviceRequestSchema })),
  },
  'POST /meetings/{meetingId}/feedback/{feedbackId}/revisit': {
    summary: 'Turn feedback into a revisit, linked both ways',
    body: revisitCreateSchema,
    status: 201,
    response: lazySchema(() => z.object({ meeting: meetingSchema, revisit: revisitSchema })),
  },
  'GET /customers/{customerId}/meetings': { summary: 'The meetings a customer was invited to, with its reply and attendance', query: pageQuerySchema, response: pageOf(invitationSchema) },
});
