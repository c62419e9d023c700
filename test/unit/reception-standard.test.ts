import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parties, type PartyId } from '../../shared/reception/parties';
import { generatePlan } from '../../shared/reception/plan';
import { article, cells, receptionStandard, standardCell, type StandardStep } from '../../shared/reception/standard';
import type { Role } from '../../shared/roles';
import { routes } from '../../shared/routes';
import { tiers } from '../../shared/schemas/customer.schema';
import { visitorRanks, type CellId } from '../../shared/schemas/visit.schema';

/**
 * The reception standard against the policy text itself (第十条〔三〕), clause by clause. The text is
 * read as it is stored (look-alike words and all, see POLICY.md's key); line breaks and spaces are
 * dropped, since the conversion broke sentences across lines and page headers. The copy in docs/policy/ is
 * the client's text verbatim (../shared/seed/), kept in the repository so a clone stands on its own.
 */
const policyText = readFileSync(new URL('../../docs/policy/customer-management-policy.zh.txt', import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');
const text = squash(policyText);
const article10 = text.slice(text.indexOf('第十条客户招待'), text.indexOf('第十一条'));
const markers = /[①②③④⑤⑥⑦⑧⑨⑩]/g;

/** The text of one paragraph: from its heading to the next paragraph's heading (or the end of 第十条). */
function section(heading: string): string {
  const start = article10.indexOf(squash(heading));
  expect(start, `heading ${heading} in 第十条`).toBeGreaterThan(-1);
  const nextStarts = receptionStandard
    .map((c) => article10.indexOf(squash(c.heading!)))
    .filter((i) => i > start);
  return article10.slice(start, nextStarts.length ? Math.min(...nextStarts) : undefined);
}

/** Every party a step names besides its owner. */
function namedParties(s: StandardStep): PartyId[] {
  return [s.reportTo, s.approver, s.chair, s.host, ...(s.alternates ?? []), ...(s.assist ?? []), ...(s.attendees ?? []), ...(s.mayAttend ?? [])].filter(
    (p): p is PartyId => p !== undefined,
  );
}

/**
 * What each cell must say, written out here from the text apart from the data: owners by kind (as roles),
 * to whom the information is reported, who drafts and who approves the plan.
 */
const expected: Record<Exclude<CellId, 'unit-own'>, {
  paragraph: string;
  owners: Partial<Record<StandardStep['kind'], Role>>;
  reportTo: Role | null;
  drafter: Role;
  approver: Role | null;
  extra?: (cell: (typeof receptionStandard)[number]) => void;
}> = {
  'vip.chairman-gm': {
    paragraph: '1〔1〕',
    owners: { info: 'unit-head', plan: 'sales-head', lodging: 'unit-head', pickup: 'sales-head', meeting: 'leadership', banquet: 'unit-head' },
    reportTo: 'office',
    drafter: 'sales-head',
    approver: 'leadership',
    extra: (cell) => {
      const step = (k: string) => cell.steps.find((s) => s.kind === k)!;
      expect(step('pickup').alternates).toEqual(['company-leadership']);
      expect(step('meeting')).toMatchObject({ chair: 'company-leadership', attendees: ['business-unit-leader'], mayAttend: ['other-leaders'] });
      expect(step('banquet')).toMatchObject({ host: 'leader-in-charge', assist: ['company-office'], mayAttend: ['other-leaders'] });
    },
  },
  'vip.manager': {
    paragraph: '1〔2〕',
    owners: { info: 'unit-head', plan: 'unit-head', lodging: 'unit-head', vehicles: 'unit-head', meeting: 'unit-head', banquet: 'unit-head' },
    reportTo: 'leadership',
    drafter: 'unit-head',
    approver: 'leadership',
    extra: (cell) => {
      expect(cell.steps.find((s) => s.kind === 'meeting')).toMatchObject({ chair: 'business-unit-leader', mayAttend: ['company-leadership'] });
      expect(cell.steps.find((s) => s.kind === 'banquet')!.mayAttend).toEqual(['company-leadership']);
    },
  },
  'vip.below-manager': {
    paragraph: '1〔3〕',
    owners: { info: 'unit-head', plan: 'unit-head', lodging: 'unit-head', pickup: 'unit-head', vehicles: 'unit-head', meeting: 'unit-head', banquet: 'unit-head' },
    reportTo: null,
    drafter: 'unit-head',
    approver: null,
    extra: (cell) => expect(cell.steps.find((s) => s.kind === 'vehicles')!.assist).toEqual(['company-office']),
  },
  'key.chairman-gm': {
    paragraph: '2〔1〕',
    owners: { info: 'unit-head', plan: 'unit-head', lodging: 'unit-head', pickup: 'unit-head', vehicles: 'unit-head', meeting: 'unit-head', banquet: 'unit-head' },
    reportTo: 'office',
    drafter: 'unit-head',
    approver: 'leadership',
    extra: (cell) => {
      expect(cell.steps.find((s) => s.kind === 'pickup')!.alternates).toEqual(['salesperson']);
      expect(parties.salesperson.role).toBe('unit-staff');
      expect(cell.steps.find((s) => s.kind === 'meeting')).toMatchObject({ chair: 'business-unit-leader', mayAttend: ['company-leadership'] });
    },
  },
  'key.manager-and-below': {
    paragraph: '2〔2〕',
    owners: { info: 'unit-head', plan: 'unit-head', lodging: 'unit-head', pickup: 'unit-head', vehicles: 'unit-head', screen: 'sales-head', meeting: 'unit-head' },
    reportTo: null,
    drafter: 'unit-head',
    approver: null,
    extra: (cell) => expect(cell.steps.find((s) => s.kind === 'vehicles')!.assist).toEqual(['company-office']),
  },
};

describe('the reception standard, against the policy text', () => {
  it('finds 第十条〔三〕 in the text', () => {
    expect(article10).toContain('〔三〕客户招待标准');
    expect(article).toBe('第十条〔三〕');
  });

  for (const cell of receptionStandard) {
    describe(`${cell.paragraph} ${cell.heading}`, () => {
      const body = section(cell.heading!);
      const [tierNo, sub] = [cell.paragraph!.slice(0, 1), cell.paragraph!.slice(1)];

      it('is the paragraph it says it is', () => {
        const group = article10.slice(article10.indexOf(`${tierNo}、`));
        expect(group.indexOf(`${sub}${squash(cell.heading!)}`)).toBeGreaterThan(-1);
        expect(expected[cell.id as keyof typeof expected].paragraph).toBe(cell.paragraph);
      });

      it('encodes every clause of the paragraph, and only those, in order', () => {
        expect(cell.steps.map((s) => s.marker)).toEqual(body.match(markers));
      });

      it.each(cell.steps.map((s) => [s.marker, s] as const))('quotes clause %s exactly, as a whole sentence', (marker, step) => {
        const at = body.indexOf(`${marker}${step.source}`);
        expect(at, `${cell.paragraph}${marker} ${step.source}`).toBeGreaterThan(-1);
        const after = body[at + marker.length + step.source.length];
        expect([';', '。', undefined]).toContain(after);
      });

      it.each(cell.steps.map((s) => [s.marker, s] as const))('clause %s names the parties it is given', (_marker, step) => {
        const named = (p: PartyId) => parties[p].text.some((t) => step.source.includes(t));
        if (step.ownerImplied) {
          // Nobody is named: the hosting unit of 〔一〕 answers for it.
          expect(step.owner).toBe('hosting-unit');
          for (const p of Object.keys(parties) as PartyId[]) expect(named(p), `${p} in ${step.source}`).toBe(false);
        } else {
          expect(named(step.owner), `owner ${step.owner} in ${step.source}`).toBe(true);
        }
        for (const p of namedParties(step)) expect(named(p), `${p} in ${step.source}`).toBe(true);
      });

      it('gives the owners, report, drafter and approver the text gives', () => {
        const want = expected[cell.id as keyof typeof expected];
        const roles = Object.fromEntries(cell.steps.map((s) => [s.kind, parties[s.owner].role]));
        expect(roles).toEqual(want.owners);
        const info = cell.steps.find((s) => s.kind === 'info')!;
        expect(info.reportTo ? parties[info.reportTo].role : null).toBe(want.reportTo);
        const plan = cell.steps.find((s) => s.kind === 'plan')!;
        expect(parties[plan.owner].role).toBe(want.drafter);
        expect(plan.approver ? parties[plan.approver].role : null).toBe(want.approver);
        want.extra?.(cell);
      });

      it('books lodging only on request', () => {
        const lodging = cell.steps.find((s) => s.kind === 'lodging')!;
        expect(lodging).toMatchObject({ marker: '③', source: '依据客户需要代订住宅', onRequest: true });
      });
    });
  }

  it('asks for the welcome message on the screen only where the text does: 2〔2〕, not 2〔1〕 (POLICY.md’s summary says “key customers”)', () => {
    const withScreen = receptionStandard.filter((c) => c.steps.some((s) => s.kind === 'screen')).map((c) => c.paragraph);
    expect(withScreen).toEqual(['2〔2〕']);
    expect(section('要点客户董事长、总经理来访招待')).not.toContain('电子屏');
    expect(section('要点客户部门经理及以下人员来访')).toContain('电子屏');
  });
});

describe('every tier × rank cell', () => {
  const matrix: Record<(typeof tiers)[number], Record<(typeof visitorRanks)[number], CellId>> = {
    vip: { 'chairman-gm': 'vip.chairman-gm', manager: 'vip.manager', 'below-manager': 'vip.below-manager' },
    key: { 'chairman-gm': 'key.chairman-gm', manager: 'key.manager-and-below', 'below-manager': 'key.manager-and-below' },
    general: { 'chairman-gm': 'unit-own', manager: 'unit-own', 'below-manager': 'unit-own' },
    reserve: { 'chairman-gm': 'unit-own', manager: 'unit-own', 'below-manager': 'unit-own' },
  };
  const cases = tiers.flatMap((t) => visitorRanks.map((r) => [t, r] as const));

  it.each(cases)('%s × %s has its cell and a plan owned as the text says', (tier, rank) => {
    const cell = standardCell(tier, rank);
    expect(cell.id).toBe(matrix[tier][rank]);
    const plan = generatePlan(
      { arrivalAt: '2026-12-01T02:00:00.000Z', hostUnitId: 'east', lodging: { requested: true }, registeredBy: { id: 'east.staff', name: '周婷' } },
      cell,
      new Date('2026-11-20T00:00:00Z'),
    );
    if (cell.id === 'unit-own') {
      // General and reserve customers: the hosting unit's own arrangement, owned by the unit, no approval.
      expect(plan.steps.every((s) => s.owner.party === 'hosting-unit' && s.owner.unitId === 'east' && !s.clause)).toBe(true);
      expect(plan.approval).toEqual({ required: false, status: 'not-required', rounds: [] });
      return;
    }
    const want = expected[cell.id];
    for (const s of plan.steps) {
      expect(s.clause).toMatch(new RegExp(`^第十条〔三〕${cell.paragraph!.replace(/[〔〕]/g, (c) => `\\${c}`)}[①-⑦]$`));
      if (s.kind !== 'approval') expect(s.owner.role, s.kind).toBe(want.owners[s.kind as keyof typeof want.owners]);
      if (s.owner.role === 'unit-head' || s.owner.role === 'unit-staff') expect(s.owner.unitId).toBe('east');
      else expect(s.owner.unitId).toBeUndefined();
    }
    expect(plan.drafter.role).toBe(want.drafter);
    expect(plan.approval.approver?.role ?? null).toBe(want.approver);
    expect(plan.steps.some((s) => s.kind === 'approval')).toBe(want.approver !== null);
  });
});

describe('the route table agrees with the standard', () => {
  const roleOf = (p: PartyId) => parties[p].role;

  it('lets every owner and alternate the standard names tick steps, with the hosting unit head and admins, and nobody else', () => {
    const owners = new Set<Role>(['admin', 'unit-head']);
    for (const cell of cells) for (const s of cell.steps) for (const p of [s.owner, ...(s.alternates ?? [])]) owners.add(roleOf(p));
    expect([...routes['POST /visits/{visitId}/steps/{stepId}/done'].roles].sort()).toEqual([...owners].sort());
  });

  it('lets the drafters resubmit and the approvers decide', () => {
    const drafters = new Set<Role>(['admin']);
    const approvers = new Set<Role>();
    for (const cell of cells) {
      const plan = cell.steps.find((s) => s.kind === 'plan')!;
      drafters.add(roleOf(plan.owner));
      if (plan.approver) approvers.add(roleOf(plan.approver));
    }
    expect([...routes['POST /visits/{visitId}/resubmit'].roles].sort()).toEqual([...drafters].sort());
    expect([...routes['POST /visits/{visitId}/approval'].roles]).toEqual([...approvers]);
  });
});
