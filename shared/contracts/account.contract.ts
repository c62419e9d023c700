import { syncMfaBodySchema } from '../schemas/staff-mfa.schema';
import { defineContracts } from './route-contract';

export const accountContracts = defineContracts({
  'POST /me/mfa': { body: syncMfaBodySchema },
});
