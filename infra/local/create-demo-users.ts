import { createUser } from '../../functions/users/use-cases/create-user';
import type { UserDeps } from '../../functions/users/deps';
import { demoPassword, type DemoUser } from './demo-users';

/** Who the history names as having made the demo users. */
const twin = { id: 'local-twin', name: '本地环境 / local twin' };

/**
 * Makes the twin's demo users through staff administration's own use case (the directory entry, the
 * cognito-local account in its group with its unit, the history entry), then gives each the documented
 * demo password instead of a temporary one. A user already in the directory is left as people left it.
 */
export async function createDemoUsers(deps: UserDeps, users: DemoUser[]): Promise<{ created: number }> {
  let created = 0;
  for (const u of users) {
    const existing = await deps.staff.get(u.username);
    if (existing && existing.status !== 'pending') continue;
    await createUser(
      deps,
      { username: u.username, name: u.name, email: `${u.username}@example.cn`, role: u.role, ...(u.unitId ? { unitId: u.unitId } : {}) },
      twin,
      { invite: false },
    );
    await deps.pool().setPermanentPassword(u.username, demoPassword);
    created++;
  }
  return { created };
}
