import { creditCodeCheckChar } from '#shared/credit-code';
import type { Customer, CustomerKind, CreditRating, Tier } from '#shared/schemas/customer.schema';
import { demoUsers } from '../demo-users';
import { companies, givenNames, surnames, titles } from './company-names';
import { demoLegal } from './demo-legal';

const codeAlphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A small deterministic generator, so every reset seeds the same demo data. */
function generator(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
  return { next, pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!, int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)) };
}

/** Tier, kind and credit cycle so every tier and kind appears in every unit. */
const profiles: { tier: Tier; kind: CustomerKind; ratings: CreditRating[]; yuan: [number, number] }[] = [
  { tier: 'vip', kind: 'main-business', ratings: ['AAA', 'AA'], yuan: [520_000, 3_800_000] },
  { tier: 'key', kind: 'main-business', ratings: ['AA', 'A'], yuan: [100_000, 499_999] },
  { tier: 'general', kind: 'service', ratings: ['A', 'B'], yuan: [3_000, 99_999] },
  { tier: 'reserve', kind: 'potential', ratings: ['B', 'C'], yuan: [0, 0] },
  { tier: 'key', kind: 'main-business', ratings: ['B'], yuan: [600_000, 900_000] }, // big buyer, credit not good enough for VIP
  { tier: 'general', kind: 'main-business', ratings: ['AA', 'A'], yuan: [10_000, 90_000] },
];

export function demoCustomers(now = new Date('2026-11-01T08:00:00+08:00')): Customer[] {
  const rnd = generator(20261127);
  return companies.map((company, i) => {
    const profile = profiles[i % profiles.length]!;
    const owners = demoUsers.filter((u) => u.unitId === company.unitId);
    const first17 = `91${company.division}${Array.from({ length: 9 }, () => rnd.pick(codeAlphabet.split(''))).join('')}`;
    const contactCount = rnd.int(1, 3);
    const contacts = Array.from({ length: contactCount }, (_, c) => ({
      name: rnd.pick(surnames) + rnd.pick(givenNames),
      title: rnd.pick(titles),
      phone: c === 2 ? `0${rnd.int(10, 99)}-${rnd.int(2000_0000, 8999_9999)}` : `1${rnd.pick(['38', '39', '58', '86', '37'])}${rnd.int(1000_0000, 9999_9999)}`,
      email: `contact${i + 1}-${c + 1}@example.cn`,
      primary: c === 0,
    }));
    const created = new Date(now.getTime() - rnd.int(30, 900) * 86_400_000).toISOString();
    // Drawn in this order (amount, rating, owner) so every reset seeds the same data as before.
    const annualAmountFen = rnd.int(profile.yuan[0], profile.yuan[1]) * 100;
    const creditRating = rnd.pick(profile.ratings);
    const ownerId = rnd.pick(owners).username;
    return {
      id: `seed-${String(i + 1).padStart(3, '0')}`,
      name: company.name,
      creditCode: first17 + creditCodeCheckChar(first17),
      kind: profile.kind,
      tier: profile.tier,
      annualAmountFen,
      creditRating,
      unitId: company.unitId,
      ownerId,
      contacts,
      notes: profile.tier === 'reserve' ? '有合作意向，市场潜力较大。' : '',
      ...demoLegal(company, i),
      createdAt: created,
      updatedAt: created,
      // A named person, as in real use: the owner entered the archive (people are shown by name, never a login).
      createdBy: ownerId,
      updatedBy: ownerId,
      version: 1,
    };
  });
}
