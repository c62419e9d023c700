import { staffContracts } from '#shared/contracts/staff.contract';
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
    // Who they are, not how a message reaches them (the WeCom / DingTalk ids stay server-side). A person whose
    // account is still being made is nobody's colleague yet; disabled people stay listed with their status, so
    // their names show and their customers can be handed over (but not to them).
    const items = (await staff.list(unitId))
      .filter((s) => s.status !== 'pending')
      .map(({ id, name, role, unitId: unit, status }) => ({ id, name, role, ...(unit ? { unitId: unit } : {}), ...(status ? { status } : {}) }));
    return { status: 200, body: { items } };
  },
  staffContracts,
);
