/**
 * The roles of POLICY.md R1. Each is a Cognito group; a user holds one.
 * Order matters: when a token carries several groups, the first listed here wins.
 */
export const roles = [
  'admin',
  'leadership',
  'sales-head',
  'office',
  'finance',
  'sales',
  'unit-head',
  'unit-staff',
] as const;
export type Role = (typeof roles)[number];

/** Business-unit roles see and change only their own unit's customers (R1). */
export const unitRoles = ['unit-head', 'unit-staff'] as const satisfies readonly Role[];

export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value);
}

export function isUnitRole(role: Role): boolean {
  return (unitRoles as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '系统管理员', en: 'Administrator' },
  leadership: { zh: '公司领导', en: 'Leadership' },
  'sales-head': { zh: '销售部负责人', en: 'Sales head' },
  office: { zh: '综合办公室', en: 'General Office' },
  finance: { zh: '财务部', en: 'Finance' },
  sales: { zh: '销售部业务员', en: 'Salesperson' },
  'unit-head': { zh: '业务单位负责人', en: 'Unit head' },
  'unit-staff': { zh: '业务单位业务员', en: 'Unit salesperson' },
};
