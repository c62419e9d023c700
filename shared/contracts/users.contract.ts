import * as z from 'zod';
import { staffSchema } from '../schemas/staff.schema';
import {
  userAdoptSchema,
  userCreateSchema,
  userHistoryEntrySchema,
  userHistoryQuerySchema,
  userHoldingsSchema,
  userListItemSchema,
  userListQuerySchema,
  usernamePathSchema,
  userUpdateSchema,
} from '../schemas/user.schema';
import { pageOf } from './common.contract';
import { defineContracts } from './route-contract';
import { lazySchema } from '../lazy-schema';

const userAnswer = lazySchema(() => z.object({ user: staffSchema }));

/** Staff and their accounts (用户管理, issue 11): the Cognito account and the directory entry change together. */
export const usersContracts = defineContracts({
  'GET /users': { summary: 'The directory and the user pool side by side', query: userListQuerySchema, response: lazySchema(() => z.object({ items: z.array(userListItemSchema), poolUnavailable: z.boolean() })) },
  'GET /users/history': { summary: 'Changes of people and accounts', query: userHistoryQuerySchema, response: pageOf(userHistoryEntrySchema) },
  'GET /users/{username}': { summary: 'A person, their account and history', params: usernamePathSchema, response: lazySchema(() => z.object({ user: userListItemSchema, history: z.array(userHistoryEntrySchema) })) },
  'GET /users/{username}/holdings': { summary: 'What a person still holds, shown before disabling', params: usernamePathSchema, response: userHoldingsSchema },
  'POST /users': {
    summary: 'Create a person and their account (a temporary password, shown once)',
    body: userCreateSchema,
    status: 201,
    response: lazySchema(() => z.object({ username: z.string(), temporaryPassword: z.string(), user: staffSchema })),
  },
  'PATCH /users/{username}': { summary: 'Change a person (If-Match)', params: usernamePathSchema, body: userUpdateSchema, readOnly: ['username', 'status', 'version'], response: userAnswer },
  'POST /users/{username}/disable': { summary: 'Disable a person’s account', params: usernamePathSchema, response: lazySchema(() => userAnswer.extend({ holdings: userHoldingsSchema })) },
  'POST /users/{username}/enable': { summary: 'Enable a person’s account again', params: usernamePathSchema, response: userAnswer },
  'POST /users/{username}/reset-password': { summary: 'A new temporary password', params: usernamePathSchema, response: lazySchema(() => z.object({ temporaryPassword: z.string() })) },
  'POST /users/{username}/adopt': { summary: 'Bring an account made in the Cognito console into the directory', params: usernamePathSchema, body: userAdoptSchema, status: 201, response: userAnswer },
});
