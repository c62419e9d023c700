import type { ServiceRequest } from '#shared/schemas/service-request.schema';
import { useI18n } from 'vue-i18n';
import { currentLang } from '../../i18n';
import { useStaffStore } from '../../stores/staff.store';
import { useUnitsStore } from '../../stores/units.store';
import { departmentLabel } from './service-model';

/** Labels for a request's kind, status, channel and people, in the UI language. */
export function useServiceLabels() {
  const { t } = useI18n();
  const staff = useStaffStore();
  const units = useUnitsStore();
  void units.load();
  const department = (d: string | undefined) => departmentLabel(d, currentLang.value, units.all);
  const person = (id: string, fallback?: string) => {
    const name = staff.nameOf(id);
    return name !== id ? name : (fallback ?? id);
  };
  return {
    kindText: (k: string) => t(`service.kinds.${k}`),
    statusText: (s: string) => t(`service.statuses.${s}`),
    channelText: (c: string) => t(`service.channels.${c}`),
    departmentText: department,
    person,
    handlerText: (h: ServiceRequest['handler']) =>
      'personId' in h ? `${person(h.personId)} · ${department(h.department)}` : department(h.department),
  };
}
