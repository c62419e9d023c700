import type { Principal } from '../../functions/core/principal';

/** Callers as the API sees them once their token is verified. */
export const callers = {
  admin: { id: 'admin', name: '王磊', role: 'admin' },
  salesHead: { id: 'sales.head', name: '李静', role: 'sales-head' },
  sales: { id: 'sales.zhang', name: '张伟', role: 'sales' },
  finance: { id: 'finance.zhao', name: '赵敏', role: 'finance' },
  eastHead: { id: 'east.head', name: '孙强', role: 'unit-head', unitId: 'east' },
  eastStaff: { id: 'east.staff', name: '周婷', role: 'unit-staff', unitId: 'east' },
  eastStaff2: { id: 'east.staff2', name: '吴昊', role: 'unit-staff', unitId: 'east' },
  northStaff: { id: 'north.staff', name: '冯雪', role: 'unit-staff', unitId: 'north' },
} satisfies Record<string, Principal>;
