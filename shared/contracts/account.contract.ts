import { myMfaSchema, syncMfaBodySchema } from '../schemas/staff-mfa.schema';
import { defineContracts } from './route-contract';

export const accountContracts = defineContracts({
  'POST /me/mfa': { summary: 'Record whether the caller has TOTP on, as Cognito says', body: syncMfaBodySchema, response: myMfaSchema },
});
