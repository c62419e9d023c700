import { normalizeChinaPhone } from '#shared/phone';
import type { Customer } from '#shared/schemas/customer.schema';
import { searchText } from '#shared/search-text';
import { keys, type Key } from '../keys';
import { contactNameItems, phoneEntryIndexes } from '../search/contact-entries';
import { nameGrams } from '../search/name-bigrams';

/**
 * A customer's search entries (name bigrams, the long-name overflow entry, contact phones): small items
 * of their own, keyed by what is searched, in the customer's unit, sorted by its name. A search reads
 * one of these partitions instead of filtering a whole list partition (docs/data-model.md).
 */
export type SearchItem = Key & { type: 'customer-search'; customerId: string; searchName?: string } & Partial<Record<`GSI${1 | 2}${'PK' | 'SK'}`, string>>;

/** The distinct contact phones of a customer, normalised (shared/phone.ts) as a search for them is. */
export function contactPhones(c: Pick<Customer, 'contacts'>): string[] {
  return [...new Set(c.contacts.map((x) => (x.phone ? normalizeChinaPhone(x.phone) : undefined)).filter((p): p is string => !!p))];
}

/** The entries a customer should have: none while in the recycle bin, so no search finds it there. */
export function searchItems(c: Customer): SearchItem[] {
  if (c.deletedAt) return [];
  const base = { type: 'customer-search' as const, customerId: c.id };
  // The name's search form rides along so a bigram partition can be filtered to the whole query.
  const named = { ...base, searchName: searchText(c.name) };
  const { bigrams, overflow } = nameGrams(c.name);
  return [
    ...bigrams.map((b) => ({ ...keys.nameGram(c.unitId, b, c.name, c.id), ...named })),
    ...(overflow ? [{ ...keys.nameOverflow(c.unitId, c.name, c.id), ...named }] : []),
    ...contactPhones(c).map((p) => ({ ...keys.contactPhone(c.unitId, p, c.name, c.id), ...phoneEntryIndexes(c, p), ...base })),
    ...contactNameItems(c),
  ];
}

type TransactItem = { Put: { TableName: string; Item: SearchItem } } | { Delete: { TableName: string; Key: Key } };

/**
 * The writes that turn `before`'s entries into `after`'s, for the same transaction as the customer:
 * entries that are unchanged stay, the rest are deleted or put (a phone entry whose contact was renamed is
 * put again under the same key, for its index attributes). A rename or a unit move changes every key; a
 * contacts edit only the contact entries'. Unconditional on purpose:
 * they are derived from the record, whose own write in the same transaction carries the condition, so
 * they land exactly when it does. At most 45 entries a side (functions/core/search/name-bigrams.ts).
 */
export function searchItemChanges(tableName: string, before: Customer | undefined, after: Customer): TransactItem[] {
  const id = (k: Key) => `${k.PK}\u0000${k.SK}`;
  const old = new Map((before ? searchItems(before) : []).map((i) => [id(i), i]));
  const next = new Map(searchItems(after).map((i) => [id(i), i]));
  const same = (a: SearchItem | undefined, b: SearchItem) => !!a && JSON.stringify(a) === JSON.stringify(b);
  return [
    ...[...old].filter(([k]) => !next.has(k)).map(([, i]) => ({ Delete: { TableName: tableName, Key: { PK: i.PK, SK: i.SK } } })),
    ...[...next].filter(([k, i]) => !same(old.get(k), i)).map(([, i]) => ({ Put: { TableName: tableName, Item: i } })),
  ];
}
