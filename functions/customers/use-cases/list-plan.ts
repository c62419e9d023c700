import type { CreditRating, Customer, CustomerKind, CustomerSortField, Tier } from '#shared/schemas/customer.schema';
import { searchText } from '#shared/search-text';
import { shanghaiDate } from '#shared/shanghai-time';
import type { UnitId } from '#shared/units';
import { keys } from '#core/keys';
import type { ListPlan } from '#core/repositories/customer-finder.repository';
import { contactPhones } from '#core/repositories/customer-search-items';
import { prefixRange, type ServerFilter, type StreamSpec } from '#core/repositories/merged-query';
import { queryBigram } from '#core/search/name-bigrams';

/** Everything a list request asks for, with the caller's scope already applied to `units`. */
export interface ListCriteria {
  /** The units whose customers may be listed: the caller's unit for unit users, the one asked for, or all. */
  units: UnitId[];
  /** `units` is every unit (so the all-customers partitions may serve it). */
  allUnits: boolean;
  ownerId?: string;
  tier?: Tier;
  kind?: CustomerKind;
  creditRating?: CreditRating;
  /**
   * Only stale archives (`only: true`) or only fresh ones, with the latest verification date that is stale
   * today (shared/stale-cutoff.ts). Absent: either; the staleness period is then not read at all.
   */
  stale?: { only: boolean; cutoff: string };
  /** Search form of part of the name. */
  text?: string;
  /** A normalised contact phone. */
  phone?: string;
  sort: CustomerSortField;
  descending: boolean;
}

/**
 * Chooses the partitions that serve a list request as a Query (docs/data-model.md, "Finding customers"):
 * 1. a phone: the phone's entries in each unit of the scope;
 * 2. part of the name (two characters or more) in name order: the entries of its rarest bigram, plus
 *    the long-name overflow entries, filtered to the whole text: company-wide for a caller who sees every
 *    unit (two partitions), else in each unit of the scope (GSI1). A query of exactly two characters
 *    needs no filter on its bigram's entries, which are then read a page at a time;
 * 3. otherwise the customers themselves, from the index whose sort key is the order asked for, in the
 *    narrowest partition the filters allow; what the partition does not fix becomes a filter.
 * A unit user's units are their own unit only, so every partition read is their unit's (or filtered to it).
 */
export function planList(c: ListCriteria): ListPlan {
  const accept = acceptRule(c);
  if (c.phone) {
    const phone = c.phone;
    return {
      kind: 'entries',
      query: { streams: c.units.map((u) => keys.searchPartitions.phone(u, phone)), descending: c.sort === 'name' && c.descending },
      accept,
      narrow: hasFilters(c),
    };
  }
  const bigram = c.text && c.sort === 'name' ? queryBigram(c.text) : undefined;
  if (c.text && bigram) {
    // A two-character query is its own bigram: every entry of that partition contains it (issue 15).
    const gram = (spec: StreamSpec): StreamSpec => (c.text === bigram ? { ...spec, passesFilter: true } : spec);
    return {
      kind: 'entries',
      query: {
        streams: c.allUnits
          ? [gram(keys.searchPartitions.nameGram(bigram)), keys.searchPartitions.nameOverflow()]
          : c.units.flatMap((u) => [gram(keys.searchPartitions.nameGramInUnit(u, bigram)), keys.searchPartitions.nameOverflowInUnit(u)]),
        descending: c.descending,
        filter: { expression: 'contains(#searchName, :text)', names: { '#searchName': 'searchName' }, values: { ':text': c.text } },
      },
      accept,
      narrow: hasFilters(c),
    };
  }
  const { streams, fixed } = profileStreams(c);
  return { kind: 'profiles', query: { streams, descending: c.descending, filter: profileFilter(c, fixed) }, accept, narrow: false };
}

type Fixed = { unit: boolean; owner: boolean; tier: boolean };

/** The index partitions for an order, and which criteria their keys already guarantee. */
function profileStreams(c: ListCriteria): { streams: StreamSpec[]; fixed: Fixed } {
  const single = c.units.length === 1 ? c.units[0]! : undefined;
  const byUnit = (part: (u: string) => StreamSpec, tierRange = false) =>
    c.units.map((u) => ({ ...part(u), ...(tierRange && c.tier ? { range: prefixRange(keys.tierSortPrefix(c.tier)) } : {}) }));
  switch (c.sort) {
    case 'name':
      if (c.ownerId) return { streams: [keys.customerPartitions.owner(c.ownerId)], fixed: { unit: c.allUnits, owner: true, tier: false } };
      if (c.tier && single) return { streams: byUnit(keys.customerPartitions.unitByTier, true), fixed: { unit: true, owner: false, tier: true } };
      if (c.tier && c.allUnits) return { streams: [keys.customerPartitions.tier(c.tier)], fixed: { unit: true, owner: false, tier: true } };
      if (single) return { streams: [keys.customerPartitions.unit(single)], fixed: { unit: true, owner: false, tier: false } };
      return { streams: [keys.customerPartitions.all()], fixed: { unit: c.allUnits, owner: false, tier: false } };
    case 'tier':
      return { streams: byUnit(keys.customerPartitions.unitByTier, true), fixed: { unit: true, owner: false, tier: !!c.tier } };
    case 'annualAmount':
      return { streams: byUnit(keys.customerPartitions.unitByAmount), fixed: { unit: true, owner: false, tier: false } };
    case 'updatedAt':
      return { streams: byUnit(keys.customerPartitions.unitByUpdate), fixed: { unit: true, owner: false, tier: false } };
  }
}

/** The criteria a partition does not fix, as a FilterExpression on the customer items. */
function profileFilter(c: ListCriteria, fixed: Fixed): ServerFilter | undefined {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const eq = (attr: string, value: unknown) => {
    names[`#${attr}`] = attr;
    values[`:${attr}`] = value;
    parts.push(`#${attr} = :${attr}`);
  };
  if (!fixed.unit) {
    c.units.forEach((u, i) => (values[`:unit${i}`] = u));
    names['#unitId'] = 'unitId';
    parts.push(`#unitId IN (${c.units.map((_, i) => `:unit${i}`).join(', ')})`);
  }
  if (c.ownerId && !fixed.owner) eq('ownerId', c.ownerId);
  if (c.tier && !fixed.tier) eq('tier', c.tier);
  if (c.kind) eq('kind', c.kind);
  if (c.creditRating) eq('creditRating', c.creditRating);
  if (c.stale) {
    names['#verifiedOn'] = 'verifiedOn';
    values[':staleCutoff'] = c.stale.cutoff;
    parts.push(c.stale.only ? '#verifiedOn <= :staleCutoff' : '#verifiedOn > :staleCutoff');
  }
  if (c.text) {
    names['#searchName'] = 'searchName';
    values[':text'] = c.text;
    parts.push('contains(#searchName, :text)');
  }
  return parts.length ? { expression: parts.join(' AND '), names, values } : undefined;
}

/** Filters the partitions do not serve, which may refuse most of what a search yields. */
function hasFilters(c: ListCriteria): boolean {
  return !!(c.ownerId || c.tier || c.kind || c.creditRating || c.stale);
}

/**
 * The request's whole rule, checked on every customer before it is returned, whatever partition it came
 * from: live, in scope, and matching each criterion. Index entries only find candidates.
 */
export function acceptRule(c: ListCriteria): (x: Customer) => boolean {
  return (x) =>
    !x.deletedAt &&
    c.units.includes(x.unitId) &&
    (!c.ownerId || x.ownerId === c.ownerId) &&
    (!c.tier || x.tier === c.tier) &&
    (!c.kind || x.kind === c.kind) &&
    (!c.creditRating || x.creditRating === c.creditRating) &&
    (!c.stale || shanghaiDate(x.lastVerifiedAt ?? x.createdAt) <= c.stale.cutoff === c.stale.only) &&
    (!c.text || searchText(x.name).includes(c.text)) &&
    (!c.phone || contactPhones(x).includes(c.phone));
}
