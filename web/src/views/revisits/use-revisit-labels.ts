import type { ObligationStatus } from '#shared/revisits/obligations';
import type { PeriodKind } from '#shared/revisits/periods';
import type { PlanRevisitStatus } from '#shared/revisits/plans';
import type { RevisitChannel, VisitorRank } from '#shared/revisits/rules';
import { useI18n } from 'vue-i18n';
import { currentLang } from '../../i18n';
import type { Bilingual } from '#shared/messages';

/** Labels of revisit values in the UI language. */
export function useRevisitLabels() {
  const { t } = useI18n();
  return {
    channel: (c: RevisitChannel) => t(`revisits.channels.${c}`),
    rank: (r: VisitorRank) => t(`revisits.ranks.${r}`),
    status: (s: ObligationStatus | PlanRevisitStatus) => t(`revisits.statuses.${s}`),
    // Rows without a kind (a temporary plan's obligation) show none, rather than asking for `periodKinds.undefined`.
    periodKind: (k: PeriodKind | undefined) => (k ? t(`revisits.periodKinds.${k}`) : ''),
    /** A rule's own description, stored in both languages. */
    text: (label: Bilingual) => label[currentLang.value] || label['zh-CN'],
  };
}

/** Element Plus tag types by obligation status: met green, overdue red, due soon amber. */
export const statusTag: Record<ObligationStatus, 'success' | 'danger' | 'warning' | 'info'> = {
  met: 'success',
  overdue: 'danger',
  'due-soon': 'warning',
  open: 'info',
};
