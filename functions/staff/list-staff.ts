import { staffListQuerySchema } from '#shared/schemas/staff.schema';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { http } from '#core/http/http';
import { dataScope } from '#core/principal';
import { StaffRepository } from '#core/repositories/staff.repository';

const staff = new StaffRepository(documentClient, env.tableName);

/** Staff for owner pickers and owner names; unit users see their own unit's staff only. */
export const handler = http(
  'GET /staff',
  async ({ query, principal }) => {
    const scope = dataScope(principal);
    const unitId = scope.kind === 'unit' ? scope.unitId : query.unitId;
    // Who they are, not how a message reaches them (the WeCom / DingTalk ids stay server-side).
    const items = (await staff.list(unitId)).map(({ id, name, role, unitId: unit }) => ({ id, name, role, ...(unit ? { unitId: unit } : {}) }));
    return { status: 200, body: { items } };
  },
  { query: staffListQuerySchema },
);
