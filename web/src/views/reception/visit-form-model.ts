import type { RecordedFollowUp, TravelLeg, VisitorRank, VisitStep } from '#shared/schemas/visit.schema';
import { shanghaiInstant, shanghaiWallClock } from '#shared/shanghai-time';
import { splitNames } from './visit-model';

/**
 * The forms of the reception pages as the user fills them (Shanghai wall clocks, blank strings), and the
 * request bodies they become. Bodies are checked with the shared zod schemas before sending, so a blank
 * required field is left out (`undefined`) for the schema to name.
 */

export interface VisitorRow {
  name: string;
  title: string;
  rank: VisitorRank;
}

export interface TravelRow {
  mode: TravelLeg['mode'];
  place: string;
  /** `YYYY-MM-DD HH:mm`, Asia/Shanghai. */
  at: string;
  reference: string;
}

export interface VisitForm {
  customerId: string;
  visitors: VisitorRow[];
  arrival: string;
  departure: string;
  purpose: string;
  arrivalTravel: TravelRow;
  departureTravel: TravelRow;
  lodgingRequested: boolean;
  rooms: number | null;
  checkIn: string;
  checkOut: string;
  lodgingNotes: string;
  headcount: number;
}

export const emptyVisitor = (): VisitorRow => ({ name: '', title: '', rank: 'manager' });
const emptyTravel = (mode: TravelLeg['mode']): TravelRow => ({ mode, place: '', at: '', reference: '' });

export function emptyVisitForm(customerId = ''): VisitForm {
  return {
    customerId,
    visitors: [emptyVisitor()],
    arrival: '',
    departure: '',
    purpose: '',
    arrivalTravel: emptyTravel('station'),
    departureTravel: emptyTravel('station'),
    lodgingRequested: false,
    rooms: null,
    checkIn: '',
    checkOut: '',
    lodgingNotes: '',
    headcount: 1,
  };
}

const blankToUndefined = (s: string) => (s.trim() ? s.trim() : undefined);

/** A travel leg is sent once its place or time is filled; left blank, the guests' travel needs nothing. */
function travelLeg(row: TravelRow) {
  if (!row.place.trim() && !row.at.trim()) return undefined;
  return { mode: row.mode, place: row.place.trim(), at: shanghaiInstant(row.at), ...(row.reference.trim() ? { reference: row.reference.trim() } : {}) };
}

/** POST /visits from the registration form. */
export function registrationBody(form: VisitForm) {
  const arrival = travelLeg(form.arrivalTravel);
  const departure = travelLeg(form.departureTravel);
  return {
    customerId: form.customerId,
    visitors: form.visitors.map((v) => ({ name: v.name, title: v.title, rank: v.rank })),
    arrivalAt: shanghaiInstant(form.arrival),
    departureAt: shanghaiInstant(form.departure),
    purpose: form.purpose,
    travel: { ...(arrival ? { arrival } : {}), ...(departure ? { departure } : {}) },
    lodging: form.lodgingRequested
      ? {
          requested: true,
          ...(form.rooms ? { rooms: form.rooms } : {}),
          ...(form.checkIn ? { checkIn: form.checkIn } : {}),
          ...(form.checkOut ? { checkOut: form.checkOut } : {}),
          ...(blankToUndefined(form.lodgingNotes) ? { notes: form.lodgingNotes.trim() } : {}),
        }
      : { requested: false },
    headcount: form.headcount,
  };
}

/** Field paths the registration form shows errors beside (the schema's paths). */
export const registrationFields = [
  'customerId', 'arrivalAt', 'departureAt', 'purpose', 'headcount', 'visitors',
  'travel.arrival.place', 'travel.arrival.at', 'travel.departure.place', 'travel.departure.at',
  'lodging.rooms', 'lodging.checkIn', 'lodging.checkOut',
] as const;

/** The error of a visitor row's field, e.g. `visitors.0.name`. */
export const visitorField = (i: number, f: keyof VisitorRow) => `visitors.${i}.${f}`;

// The unit's own checklist (general and reserve customers).

export interface StepRow {
  id?: string;
  title: string;
  due: string;
  details: string;
}

export function stepRowsOf(steps: readonly VisitStep[], lang: 'zh-CN' | 'en'): StepRow[] {
  return steps.map((s) => ({ id: s.id, title: s.title[lang], due: shanghaiWallClock(s.dueAt), details: s.details?.[lang] ?? '' }));
}

/** PUT /visits/{id}/steps: rows kept by id keep their status; rows without one are new steps. */
export function unitStepsBody(rows: readonly StepRow[]) {
  return {
    steps: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      title: r.title,
      dueAt: shanghaiInstant(r.due),
      ...(r.details.trim() ? { details: r.details.trim() } : {}),
    })),
  };
}

// After the visit.

export interface FollowUpRow {
  description: string;
  kind: RecordedFollowUp['kind'];
  ownerId: string;
  dueOn: string;
}

export interface RecordForm {
  metWith: string;
  outcomes: string;
  followUps: FollowUpRow[];
}

export const emptyFollowUp = (): FollowUpRow => ({ description: '', kind: 'service-request', ownerId: '', dueOn: '' });

/** POST /visits/{id}/record. */
export function recordBody(form: RecordForm) {
  return {
    metWith: splitNames(form.metWith),
    outcomes: form.outcomes,
    followUps: form.followUps.map((f) => ({
      description: f.description,
      kind: f.kind,
      ...(f.ownerId ? { ownerId: f.ownerId } : {}),
      ...(f.dueOn ? { dueOn: f.dueOn } : {}),
    })),
  };
}
