import { departmentOf, headRoleOf, type Department } from '#shared/service/departments';
import type { Notification } from '#shared/schemas/notification.schema';
import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import type { StaffRepository } from '#core/repositories/staff.repository';
import type { Bilingual } from '#shared/messages';

const kindLabels: Record<ServiceRequest['kind'], Bilingual> = {
  inquiry: { 'zh-CN': '咨询', en: 'Inquiry' },
  complaint: { 'zh-CN': '投诉', en: 'Complaint' },
  'after-sales': { 'zh-CN': '售后质量问题', en: 'After-sales quality issue' },
  'return-refund': { 'zh-CN': '退换货', en: 'Return / refund' },
  reconciliation: { 'zh-CN': '对账', en: 'Reconciliation' },
};

/** The heads of a department, from the staff directory: who hears of transfers to it and of its overdue requests. */
export async function headsOf(staff: StaffRepository, department: Department): Promise<string[]> {
  const unitId = department.startsWith('unit:') ? department.slice(5) : undefined;
  const people = await staff.list(unitId);
  const role = headRoleOf(department);
  return people.filter((p) => p.role === role && departmentOf(p) === department).map((p) => p.id);
}

/** One notice per recipient about a step of a request, in both languages. */
export function requestNotices(
  request: ServiceRequest,
  recipients: string[],
  what: { key: string; at: string; zh: string; en: string },
): Notification[] {
  const label = kindLabels[request.kind];
  return [...new Set(recipients)].map((recipientId) => ({
    id: `sr-${request.id}-${request.version}-${what.key}-${recipientId}`,
    recipientId,
    kind: 'service-request',
    title: { 'zh-CN': `${label['zh-CN']}：${request.customerName}`, en: `${label.en}: ${request.customerName}` },
    body: { 'zh-CN': what.zh, en: what.en },
    link: `/service-requests/${request.id}`,
    createdAt: what.at,
  }));
}
