import { parties, type Owner } from '#shared/reception/parties';
import { cellById, rankLabels } from '#shared/reception/standard';
import type { Bilingual, CellId, TravelLeg, VisitorRank, VisitStep } from '#shared/schemas/visit.schema';
import { shanghaiWallClock } from '#shared/shanghai-time';
import { useI18n } from 'vue-i18n';
import { currentLang } from '../../i18n';
import { useLabels } from '../../i18n/labels';
import { useSessionStore } from '../../stores/session.store';
import { useStaffStore } from '../../stores/staff.store';
import { ownerPeople, relativeDue } from './visit-model';

/** Labels of a visit's parts in the UI language: ranks, the standard's cells, owners, due times, travel. */
export function useReceptionLabels() {
  const { t } = useI18n();
  const { unitLabel } = useLabels();
  const staff = useStaffStore();
  const session = useSessionStore();
  /**
   * The directory as loaded for the viewer (see staff.store loadVisibleTo): a unit user's unit, or everyone;
   * only active people, since these name who holds a step now (a disabled person holds nothing new).
   */
  const visibleStaff = () => staff.pickable(session.isUnitUser ? (session.user?.unitId ?? '') : '');
  const lang = () => currentLang.value;

  const en = () => lang() === 'en';
  /** `label：text` in Chinese, `label: text` in English. */
  const labelled = (label: string, text: string) => `${label}${en() ? ': ' : '：'}${text}`;
  /** `text（aside）` in Chinese, `text (aside)` in English; the text alone without an aside. */
  const withAside = (text: string, aside: string | undefined) => (aside ? (en() ? `${text} (${aside})` : `${text}（${aside}）`) : text);

  const ownerText = (o: Owner | undefined): string => {
    if (!o) return '';
    return withAside(parties[o.party].label[lang()], o.unitId ? unitLabel(o.unitId) : undefined);
  };

  const ownersText = (list: readonly Owner[] | undefined) => (list ?? []).map(ownerText).join(en() ? ', ' : '、');

  return {
    labelled,
    withAside,
    /** A person as recorded (`{ id, name }`), named from the staff directory when the viewer can see them there. */
    person: (p: { id: string; name: string } | undefined) => {
      if (!p) return '';
      const known = staff.nameOf(p.id);
      return known !== p.id ? known : p.name;
    },
    bi: (b: Bilingual | undefined) => (b ? b[lang()] : ''),
    rankText: (r: VisitorRank) => rankLabels[r][lang()],
    cellText: (id: CellId) => cellById(id).label[lang()],
    statusText: (s: string) => t(`reception.statuses.${s}`),
    stepStatusText: (s: string) => t(`reception.stepStatuses.${s}`),
    approvalStatusText: (s: string) => t(`reception.approvalStatuses.${s}`),
    followUpKindText: (k: string) => t(`reception.followUpKinds.${k}`),
    ownerText,
    /** The owner with the people who hold it, as far as the viewer's staff directory goes: `销售部负责人 · 李静`. */
    ownerWithPeople: (o: Owner) => {
      const people = ownerPeople(o, visibleStaff());
      return people.length ? `${ownerText(o)} · ${people.join(en() ? ', ' : '、')}` : ownerText(o);
    },
    ownersText,
    /** The clause's parties besides the owner, one line each: `主持：公司领导`. */
    partyLines: (s: VisitStep): string[] =>
      (
        [
          ['reportTo', ownerText(s.reportTo)],
          ['chair', ownerText(s.chair)],
          ['host', ownerText(s.host)],
          ['attendees', ownersText(s.attendees)],
          ['mayAttend', ownersText(s.mayAttend)],
          ['assist', ownersText(s.assist)],
        ] as const
      )
        .filter(([, v]) => v)
        .map(([k, v]) => labelled(t(`reception.plan.${k}`), v)),
    dueText: (dueAt: string, arrivalAt: string) => {
      const r = relativeDue(dueAt, arrivalAt);
      if (r.when === 'at') return t('reception.due.at');
      return 'days' in r ? t(`reception.due.${r.when}Days`, { n: r.days }) : t(`reception.due.${r.when}Hours`, { n: r.hours });
    },
    travelText: (leg: TravelLeg | undefined) =>
      leg ? [t(`reception.travelModes.${leg.mode}`), leg.place, shanghaiWallClock(leg.at), leg.reference ?? ''].filter(Boolean).join(' · ') : '',
    unitLabel,
  };
}
