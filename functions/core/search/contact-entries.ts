import { normalizeChinaPhone } from '#shared/phone';
import type { Customer } from '#shared/schemas/customer.schema';
import { searchText } from '#shared/search-text';
import { keys, type Key } from '../keys';

/**
 * The header search finds a customer by a contact's phone, its last four digits, or a contact's name
 * (GET /search). The phone entries (customer-search-items.ts) already hold one item per distinct phone;
 * this adds, without one item more on them: the last four digits (GSI1) and the name of the first contact
 * with that phone (GSI2). A contact whose name no phone entry carries gets a name-only entry (GSI2 too).
 * So a customer has at most one contact entry per contact (≤ 20), the same bound as its phones alone,
 * and every entry still fits the customer's own transaction (functions/core/search/name-bigrams.ts).
 * A name is found whole (its search form), not by a part: people look a contact up by the name they know.
 */
export type ContactEntryIndexes = ReturnType<typeof keys.contactEntryIndexes>;

/** The search form of a contact's name, or undefined for an empty one. */
export function contactNameKey(name: string | undefined): string | undefined {
  const v = name ? searchText(name) : '';
  return v || undefined;
}

/** For each normalised phone, the name of the first contact that has it. */
function namesByPhone(c: Pick<Customer, 'contacts'>): Map<string, string | undefined> {
  const out = new Map<string, string | undefined>();
  for (const x of c.contacts) {
    const phone = x.phone ? normalizeChinaPhone(x.phone) : undefined;
    if (phone && !out.has(phone)) out.set(phone, contactNameKey(x.name));
  }
  return out;
}

/** The index attributes a phone entry carries (its last four digits, its contact's name). */
export function phoneEntryIndexes(c: Customer, phone: string): ContactEntryIndexes {
  return keys.contactEntryIndexes(c.unitId, phone, namesByPhone(c).get(phone), c.name, c.id);
}

/** Name-only entries: contacts whose name no phone entry carries (no phone, or a phone shared with another contact). */
export function contactNameItems(c: Customer): (Key & { type: 'customer-search'; customerId: string })[] {
  const carried = new Set([...namesByPhone(c).values()].filter((n): n is string => !!n));
  const names = new Set(c.contacts.map((x) => contactNameKey(x.name)).filter((n): n is string => !!n && !carried.has(n)));
  return [...names].map((n) => ({
    ...keys.contactNameOnly(c.id, n),
    ...keys.contactEntryIndexes(c.unitId, undefined, n, c.name, c.id),
    type: 'customer-search' as const,
    customerId: c.id,
  }));
}
