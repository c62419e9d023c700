import type { Lang } from '#shared/messages';
import { yuanToFen } from '#shared/money';
import type { Role } from '#shared/roles';
import { financeKinds, type ServiceAction, type ServiceRequest } from '#shared/schemas/service-request.schema';
import { departmentLabels, departmentsOf, type Department } from '#shared/service/departments';
import type { UnitLabel } from '#shared/units';
import { involved, viewRoles } from '#shared/service/request-state';

export type ServiceView = keyof typeof viewRoles;
export const serviceViews: ServiceView[] = ['mine', 'handling', 'department', 'complaints', 'finance', 'all'];
export type ActionName = ServiceAction['action'];

/** The list tabs a role may open (the server answers 403 to the others). */
export function viewsFor(role: Role | undefined): ServiceView[] {
  if (!role) return [];
  return serviceViews.filter((v) => {
    const allowed = viewRoles[v];
    return allowed === 'everyone' || allowed.includes(role);
  });
}

export interface Viewer {
  username: string;
  role: Role;
  unitId?: string;
}

/**
 * The moves the request's state allows this viewer, in the order the page offers them (mirrors
 * shared/service/request-state.ts `decide`; the server decides in the end). No "reject": there is none.
 */
export function allowedActions(request: Pick<ServiceRequest, 'status' | 'kind' | 'money' | 'expectedDate' | 'handler' | 'firstOwnerId' | 'officeTracking'>, viewer: Viewer | null): ActionName[] {
  if (!viewer) return [];
  if (!involved(request as ServiceRequest, { id: viewer.username, role: viewer.role, unitId: viewer.unitId })) return [];
  const open = request.status !== 'closed';
  const moneyKind = financeKinds.includes(request.kind);
  const out: ActionName[] = [];
  if (open) {
    if (!moneyKind || request.money) out.push('resolve');
    out.push('pend', 'transfer');
    if (request.status === 'in-progress' && request.expectedDate) out.push('reschedule');
    if (moneyKind && (viewer.role === 'finance' || viewer.role === 'admin')) out.push('record-money');
  } else {
    out.push('reopen');
  }
  out.push('correct');
  return out;
}

/** A return or reconciliation still waiting for Finance's money record before it can close. */
export const awaitsMoney = (r: Pick<ServiceRequest, 'kind' | 'money' | 'status'>): boolean =>
  r.status !== 'closed' && financeKinds.includes(r.kind) && !r.money;

export interface ActionForm {
  resolution: string;
  satisfaction: number;
  reason: string;
  handlingPlan: string;
  expectedDate: string;
  targetType: 'department' | 'person';
  department: string;
  personId: string;
  amountYuan: string;
  note: string;
  text: string;
}

export const emptyActionForm = (): ActionForm => ({
  resolution: '',
  satisfaction: 5,
  reason: '',
  handlingPlan: '',
  expectedDate: '',
  targetType: 'department',
  department: '',
  personId: '',
  amountYuan: '',
  note: '',
  text: '',
});

export type ActionFieldErrors = Partial<Record<keyof ActionForm | 'to' | 'amountFen', 'required' | 'tooShort' | 'amount' | 'past'>>;

/** The fields each move demands, as the form names them (the server names the same ones). */
export const requiredFields: Record<ActionName, (keyof ActionForm)[]> = {
  resolve: ['resolution', 'satisfaction'],
  pend: ['reason', 'handlingPlan', 'expectedDate'],
  transfer: ['reason', 'handlingPlan', 'expectedDate'],
  reschedule: ['reason', 'expectedDate'],
  'record-money': ['amountYuan', 'note'],
  correct: ['text'],
  reopen: ['reason'],
};

/**
 * Checks the form for one move and builds its body. Texts need at least 2 characters (the schema's
 * minimum); the expected date may not be before `today` (Asia/Shanghai); money is parsed from yuan to fen.
 */
export function buildAction(name: ActionName, f: ActionForm, today: string): { ok: true; action: ServiceAction } | { ok: false; errors: ActionFieldErrors } {
  const errors: ActionFieldErrors = {};
  for (const field of requiredFields[name]) {
    const v = f[field];
    if (typeof v === 'string') {
      if (!v.trim()) errors[field] = 'required';
      else if (field !== 'expectedDate' && field !== 'amountYuan' && v.trim().length < 2) errors[field] = 'tooShort';
    }
  }
  if (requiredFields[name].includes('expectedDate') && f.expectedDate && f.expectedDate < today) errors.expectedDate = 'past';
  if (name === 'resolve' && !(Number.isInteger(f.satisfaction) && f.satisfaction >= 1 && f.satisfaction <= 5)) errors.satisfaction = 'required';
  if (name === 'transfer') {
    if (f.targetType === 'department' && !f.department) errors.department = 'required';
    if (f.targetType === 'person' && !f.personId) errors.personId = 'required';
  }
  let amountFen = 0;
  if (name === 'record-money' && f.amountYuan.trim()) {
    try {
      amountFen = yuanToFen(f.amountYuan);
    } catch {
      errors.amountYuan = 'amount';
    }
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const s = (v: string) => v.trim();
  const plan = { reason: s(f.reason), handlingPlan: s(f.handlingPlan), expectedDate: f.expectedDate };
  switch (name) {
    case 'resolve':
      return { ok: true, action: { action: 'resolve', resolution: s(f.resolution), satisfaction: f.satisfaction } };
    case 'pend':
      return { ok: true, action: { action: 'pend', ...plan } };
    case 'transfer':
      return {
        ok: true,
        action: { action: 'transfer', ...plan, to: f.targetType === 'person' ? { personId: f.personId } : { department: f.department as Department } },
      };
    case 'reschedule':
      return { ok: true, action: { action: 'reschedule', reason: plan.reason, expectedDate: f.expectedDate } };
    case 'record-money':
      return { ok: true, action: { action: 'record-money', amountFen, note: s(f.note) } };
    case 'correct':
      return { ok: true, action: { action: 'correct', text: s(f.text) } };
    case 'reopen':
      return { ok: true, action: { action: 'reopen', reason: plan.reason } };
  }
}

/** Server field paths mapped onto the form's own fields (`to` → the picker in use, `amountFen` → yuan). */
export function formFieldOf(path: string, f: Pick<ActionForm, 'targetType'>): keyof ActionForm {
  if (path === 'to' || path.startsWith('to.')) return f.targetType === 'person' ? 'personId' : 'department';
  if (path === 'amountFen') return 'amountYuan';
  return path as keyof ActionForm;
}

/** `units`: the unit records (retired ones too, so an old request still reads). */
export function departmentLabel(d: string | undefined, lang: Lang, units: readonly UnitLabel[]): string {
  return d ? departmentLabels(d as Department, units)[lang] : '';
}

/** Departments a request can be transferred to: the fixed ones and each active unit. */
export function departmentOptions(lang: Lang, active: readonly UnitLabel[]): { value: Department; label: string }[] {
  return departmentsOf(active).map((d) => ({ value: d, label: departmentLabels(d, active)[lang] }));
}

/** A count map as chart bars, in a fixed key order first (so kinds and ages read the same each time), unknown keys after. */
export function toBars(counts: Record<string, number>, order: readonly string[], label: (key: string) => string): { labels: string[]; values: number[] } {
  const keys = [...order, ...Object.keys(counts).filter((k) => !order.includes(k))];
  return { labels: keys.map(label), values: keys.map((k) => counts[k] ?? 0) };
}

/** Today in Asia/Shanghai as YYYY-MM-DD: expected dates are Shanghai dates (POLICY.md). */
export function shanghaiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

/** The calendar day a date picker cell stands for (a local-midnight Date), as YYYY-MM-DD. */
export function pickerDay(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
