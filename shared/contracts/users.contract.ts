import { userAdoptSchema, userCreateSchema, userHistoryQuerySchema, userListQuerySchema, userUpdateSchema } from '../schemas/user.schema';
import { defineContracts } from './route-contract';

export const usersContracts = defineContracts({
  'GET /users/history': { query: userHistoryQuerySchema },
  'GET /users/{username}': {},
  'GET /users/{username}/holdings': {},
  'POST /users': { body: userCreateSchema },
  'PATCH /users/{username}': { body: userUpdateSchema, readOnly: ['username', 'status', 'version'] },
  'POST /users/{username}/disable': {},
  'POST /users/{username}/enable': {},
  'POST /users/{username}/adopt': { body: userAdoptSchema },
  'GET /users': { query: userListQuerySchema },
  'POST /users/{username}/reset-password': {},
});
