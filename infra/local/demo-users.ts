import type { Role } from '#shared/roles';
import type { UnitId } from '#shared/units';

/**
 * The demo sign-ins of the local twin: at least one per role, and a head and a salesperson in each of
 * two business units. Created idempotently in cognito-local and in the staff directory; printed by
 * `npm start` and listed in .local/endpoints.json.
 */
export interface DemoUser {
  username: string;
  name: string;
  role: Role;
  unitId?: UnitId;
}

export const demoPassword = 'Demo@2026';

/** A demo user's e-mail address, on a domain reserved for examples (RFC 2606): nothing is ever sent there. */
export const demoEmail = (username: string): string => `${username}@example.com`;

export const demoUsers: DemoUser[] = [
  { username: 'admin', name: '王磊', role: 'admin' },
  { username: 'leader', name: '陈志远', role: 'leadership' },
  { username: 'sales.head', name: '李静', role: 'sales-head' },
  { username: 'sales.zhang', name: '张伟', role: 'sales' },
  { username: 'office.liu', name: '刘芳', role: 'office' },
  { username: 'finance.zhao', name: '赵敏', role: 'finance' },
  { username: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  { username: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
  { username: 'east.staff2', name: '吴昊', role: 'unit-staff', unitId: 'east' },
  { username: 'north.head', name: '郑涛', role: 'unit-head', unitId: 'north' },
  { username: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
  { username: 'south.staff', name: '何军', role: 'unit-staff', unitId: 'south' },
];
