import { staffContracts } from '#shared/contracts/staff.contract';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { http } from '#core/http/http';
import { StaffRepository } from '#core/repositories/staff.repository';

const staff = new StaffRepository(documentClient, env.tableName);

/**
 * Every person's name, whatever the caller's scope: a unit user's records are touched by Sales, admins and
 * other units' people too, and a person is shown by name, never by login. Names only — a colleague's role,
 * unit, status and contact details stay behind GET /staff's scope.
 */
export const handler = http('GET /staff/names', async () => {
  const items = (await staff.list()).filter((s) => s.status !== 'pending').map(({ id, name }) => ({ id, name }));
  return { status: 200, body: { items } };
}, staffContracts);
