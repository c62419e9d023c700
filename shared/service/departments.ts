import type { Role } from '../roles';
import { unitNames, type UnitLabel } from '../units';
import type { Bilingual } from '../messages';

/**
 * Departments of R1, as handlers of service requests: Sales, Finance, the General Office, leadership,
 * and each business unit. A role belongs to one department; a unit role to its unit.
 */
export type Department = 'sales' | 'finance' | 'office' | 'leadership' | 'admin' | `unit:${string}`;

export function departmentOf(p: { role: Role; unitId?: string }): Department {
  switch (p.role) {
    case 'sales':
    case 'sales-head':
      return 'sales';
    case 'unit-head':
    case 'unit-staff':
      return `unit:${p.unitId ?? ''}`;
    default:
      return p.role;
  }
}

/** Who answers for a department's overdue requests (escalation): its head role. */
export function headRoleOf(department: Department): Role {
  if (department.startsWith('unit:')) return 'unit-head';
  return ({ sales: 'sales-head', finance: 'finance', office: 'office', leadership: 'leadership', admin: 'admin' } as const)[
    department as 'sales' | 'finance' | 'office' | 'leadership' | 'admin'
  ];
}

/** The departments a request can go to: the fixed ones and each of `units` (the active unit records). */
export const departmentsOf = (units: readonly UnitLabel[]): Department[] => ['sales', 'finance', 'office', 'leadership', ...units.map((u) => `unit:${u.code}` as const)];

/** A department's name; a unit's from the unit records (`units`, retired ones included, so old requests still read). */
export const departmentLabels = (d: Department, units: readonly UnitLabel[]): Bilingual => {
  if (d.startsWith('unit:')) {
    const names = unitNames(units, d.slice('unit:'.length));
    return { 'zh-CN': names.zh, en: names.en };
  }
  return {
    sales: { 'zh-CN': '销售部', en: 'Sales' },
    finance: { 'zh-CN': '财务部', en: 'Finance' },
    office: { 'zh-CN': '综合办公室', en: 'General Office' },
    leadership: { 'zh-CN': '公司领导', en: 'Leadership' },
    admin: { 'zh-CN': '系统管理员', en: 'Administrator' },
  }[d as 'sales']!;
};
