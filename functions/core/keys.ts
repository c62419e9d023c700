import type { Tier } from '#shared/schemas/customer.schema';
import { nameSortKey } from '#shared/names/name-sort-key';
import { tierOrder } from '#shared/tiers';

/**
 * Every key the table holds, built in one place so they stay readable (`CUST#<id>`) and consistent.
 * docs/data-model.md lists the access pattern each one serves.
 */
export type Key = { PK: string; SK: string };

/**
 * The leading key of every access-log item (R2 查阅记录). The CDK app denies every function changing or
 * deleting items under it (IAM `dynamodb:LeadingKeys`), so no other item may ever start with it.
 */
export const accessLogPartitionPrefix = 'ACCESSLOG#';

const sortName = (name: string, id: string) => `${name}#${id}`;
/**
 * The customer lists' and search entries' name order (issue 13): pinyin first (shared/names/name-sort-key.ts),
 * then the name and the id, so 阿里 (`30001-31582#阿里#c1`) comes before 安娜 (`30017-31919#安娜#c2`), which
 * character codes (阿 U+963F after 安 U+5B89) would not give.
 */
const customerSortName = (name: string, id: string) => `${nameSortKey(name)}#${sortName(name, id)}`;
/** VIP first: the tier order people read the list in (`1#…` vip … `4#…` reserve). */
const tierRank = (tier: Tier) => String(tierOrder.indexOf(tier) + 1);
/** Fixed width, so text order is numeric order (16 digits hold any safe integer of fen). */
const amountKey = (fen: number) => String(fen).padStart(16, '0');

export const keys = {
  customer: (id: string): Key => ({ PK: `CUST#${id}`, SK: 'PROFILE' }),
  /** What every customer partition's key starts with, and its profile's sort key: for the jobs' Scan filters. */
  customerPartitionPrefix: 'CUST#',
  customerProfileSk: 'PROFILE',
  /** Uniqueness guard: one live customer per unified social credit code. */
  creditCode: (code: string): Key => ({ PK: `CREDITCODE#${code}`, SK: 'GUARD' }),
  /**
   * Index attributes of a customer: by unit (GSI1), owner (GSI2), all (GSI3), tier (GSI4), each sorted by name.
   * A customer in the recycle bin has only its bin entry (GSI3 `RECYCLE`, newest deletion last), so every
   * list drops it just by writing the item through here.
   */
  customerIndexes: (c: {
    id: string;
    name: string;
    unitId: string;
    ownerId: string;
    tier: Tier;
    annualAmountFen: number;
    updatedAt: string;
    deletedAt?: string;
  }) =>
    c.deletedAt
      ? { GSI3PK: 'RECYCLE', GSI3SK: `${c.deletedAt}#${c.id}` }
      : {
          GSI1PK: `UNIT#${c.unitId}`,
          GSI1SK: customerSortName(c.name, c.id),
          GSI2PK: `OWNER#${c.ownerId}`,
          GSI2SK: customerSortName(c.name, c.id),
          GSI3PK: 'CUSTOMER',
          GSI3SK: customerSortName(c.name, c.id),
          GSI4PK: `TIER#${c.tier}`,
          GSI4SK: customerSortName(c.name, c.id),
          // The list's other orders, per unit (a unit user's list is one partition; all units are merged).
          GSI5PK: `UNIT#${c.unitId}`,
          GSI5SK: `${tierRank(c.tier)}#${customerSortName(c.name, c.id)}`,
          GSI6PK: `UNIT#${c.unitId}`,
          GSI6SK: `${amountKey(c.annualAmountFen)}#${c.id}`,
          GSI7PK: `UNIT#${c.unitId}`,
          GSI7SK: `${c.updatedAt}#${c.id}`,
        },
  customerPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `UNIT#${unitId}` }) as const,
    owner: (ownerId: string) => ({ index: 'GSI2', pk: `OWNER#${ownerId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'CUSTOMER' }) as const,
    tier: (tier: Tier) => ({ index: 'GSI4', pk: `TIER#${tier}` }) as const,
    recycleBin: () => ({ index: 'GSI3', pk: 'RECYCLE' }) as const,
    /** A unit's customers in tier order (VIP first), by name within a tier; one tier is the range `tierSortPrefix`. */
    unitByTier: (unitId: string) => ({ index: 'GSI5', pk: `UNIT#${unitId}` }) as const,
    unitByAmount: (unitId: string) => ({ index: 'GSI6', pk: `UNIT#${unitId}` }) as const,
    unitByUpdate: (unitId: string) => ({ index: 'GSI7', pk: `UNIT#${unitId}` }) as const,
  },
  /**
   * The range of the name-ordered lists' sort keys of names starting with `prefix` (by pinyin, so homophones
   * too): its key followed by the name (`#`) or by more tokens (`-`), not by more of a token, which
   * `begins_with` would also take (the key of 吝, `31661`, begins 蔺's, `31661x0563`).
   */
  customerNamePrefix: (prefix: string) => {
    const key = nameSortKey(prefix);
    return { from: `${key}#`, to: `${key}.` };
  },
  /** The GSI5 sort-key prefix of one tier's customers. */
  tierSortPrefix: (tier: Tier) => `${tierRank(tier)}#`,
  /**
   * Search entries of a live customer, sorted by name like the list (written in the customer's own
   * transactions; see functions/core/repositories/customer-search-items.ts): one per distinct bigram of the
   * name (capped), one overflow entry when the cap left bigrams out, and one per contact phone (normalised).
   * Name entries are company-wide, so a caller who sees every unit reads one partition per bigram (issue 15:
   * six partitions per search became two); the same item is in GSI1 per unit for a unit's callers. Before
   * issue 15 they were per unit (`legacyNameEntries`, which the reindex job deletes).
   */
  nameGram: (unitId: string, bigram: string, name: string, id: string) =>
    ({ PK: `GRAM#${bigram}`, SK: customerSortName(name, id), GSI1PK: `GRAM#${unitId}#${bigram}`, GSI1SK: customerSortName(name, id) }) as const,
  nameOverflow: (unitId: string, name: string, id: string) =>
    ({ PK: 'LONGNAME', SK: customerSortName(name, id), GSI1PK: `LONGNAME#${unitId}`, GSI1SK: customerSortName(name, id) }) as const,
  /** The name entries' keys before issue 15 (per unit), for the reindex job to delete. */
  legacyNameEntries: (unitId: string, bigrams: readonly string[], overflow: boolean, name: string, id: string): Key[] => [
    ...bigrams.map((b) => ({ PK: `NGRAM#${unitId}#${b}`, SK: sortName(name, id) })),
    ...(overflow ? [{ PK: `NGRAMLONG#${unitId}`, SK: sortName(name, id) }] : []),
  ],
  /**
   * The keys the search entries had under an earlier name order, for the reindex job to delete: no write
   * makes them any more. `nameKey`: the name's key in that order (shared/names/name-sort-key.ts keeps the
   * earlier rule), none for the order before issue 13 (`<name>#<id>`, character codes).
   */
  earlierSearchEntries: (nameKey: string | undefined, unitId: string, bigrams: readonly string[], overflow: boolean, phones: readonly string[], name: string, id: string): Key[] => {
    const SK = nameKey === undefined ? sortName(name, id) : `${nameKey}#${sortName(name, id)}`;
    return [
      ...bigrams.map((b) => ({ PK: `GRAM#${b}`, SK })),
      ...(overflow ? [{ PK: 'LONGNAME', SK }] : []),
      ...phones.map((p) => ({ PK: `PHONE#${unitId}#${p}`, SK })),
    ];
  },
  contactPhone: (unitId: string, phone: string, name: string, id: string): Key => ({ PK: `PHONE#${unitId}#${phone}`, SK: customerSortName(name, id) }),
  /**
   * The header search's contact entries (functions/core/search/contact-entries.ts): a phone entry is also
   * found by its last four digits (GSI1) and by its contact's name (GSI2); a contact without a phone of its
   * own gets a name-only entry. Same unit and name order as the entries above.
   */
  contactEntryIndexes: (unitId: string, phone: string | undefined, contactName: string | undefined, name: string, id: string) => ({
    ...(phone ? { GSI1PK: `PHONE4#${unitId}#${phone.slice(-4)}`, GSI1SK: customerSortName(name, id) } : {}),
    ...(contactName ? { GSI2PK: `CNAME#${unitId}#${contactName}`, GSI2SK: customerSortName(name, id) } : {}),
  }),
  contactNameOnly: (customerId: string, contactName: string): Key => ({ PK: `CONTACTNAME#${customerId}`, SK: contactName }),
  searchPartitions: {
    /** Every unit's entries of a bigram, and every unit's long names: for a caller who sees all units. */
    nameGram: (bigram: string) => ({ pk: `GRAM#${bigram}` }) as const,
    nameOverflow: () => ({ pk: 'LONGNAME' }) as const,
    /** One unit's. */
    nameGramInUnit: (unitId: string, bigram: string) => ({ index: 'GSI1', pk: `GRAM#${unitId}#${bigram}` }) as const,
    nameOverflowInUnit: (unitId: string) => ({ index: 'GSI1', pk: `LONGNAME#${unitId}` }) as const,
    phone: (unitId: string, phone: string) => ({ pk: `PHONE#${unitId}#${phone}` }) as const,
    phoneLastFour: (unitId: string, digits: string) => ({ index: 'GSI1', pk: `PHONE4#${unitId}#${digits}` }) as const,
    contactName: (unitId: string, contactName: string) => ({ index: 'GSI2', pk: `CNAME#${unitId}#${contactName}` }) as const,
  },
  /** A customer's change history, in its partition, one entry per version (so a version is recorded once). */
  customerHistory: (customerId: string, version: number): Key => ({
    PK: `CUST#${customerId}`,
    SK: `HIST#${String(version).padStart(10, '0')}`,
  }),
  customerHistoryPrefix: 'HIST#',
  /** The last week the owner was reminded that this archive is stale (one item per customer, overwritten weekly). */
  freshnessReminder: (customerId: string): Key => ({ PK: `CUST#${customerId}`, SK: 'REMINDER#archive-freshness' }),
  /**
   * Archive access log (R2 查阅记录), a partition per customer, oldest first. Its own `ACCESSLOG#` prefix
   * (not the customer's partition) lets the cloud deny changing or deleting it by leading key.
   */
  accessLog: (customerId: string, at: string, id: string): Key => ({ PK: `${accessLogPartitionPrefix}${customerId}`, SK: `${at}#${id}` }),
  /** By reader (GSI1) and all entries (GSI3), both in time order, so every filter of GET /access-log is a Query. */
  accessLogIndexes: (e: { id: string; at: string; reader: { id: string } }) => ({
    GSI1PK: `ACCESSLOGUSER#${e.reader.id}`,
    GSI1SK: `${e.at}#${e.id}`,
    GSI3PK: 'ACCESSLOG',
    GSI3SK: `${e.at}#${e.id}`,
  }),
  accessLogPartitions: {
    customer: (customerId: string) => ({ pk: `${accessLogPartitionPrefix}${customerId}` }) as const,
    reader: (userId: string) => ({ index: 'GSI1', pk: `ACCESSLOGUSER#${userId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'ACCESSLOG' }) as const,
  },
  /**
   * Business units (业务单位) as records: every unit, retired ones included (so a code is never reused),
   * in one small partition read whole; each unit's change history in its own partition, oldest first.
   */
  unit: (code: string): Key => ({ PK: 'ORGUNITS', SK: `UNIT#${code}` }),
  unitsPartition: { pk: 'ORGUNITS', prefix: 'UNIT#' },
  unitChange: (code: string, version: number): Key => ({ PK: `UNITHIST#${code}`, SK: String(version).padStart(6, '0') }),
  unitHistoryPartition: (code: string) => `UNITHIST#${code}`,
  /** The archive's staleness period as an administrator set it, and its history (as the tier settings). */
  archiveSettings: (): Key => ({ PK: 'SETTINGS#archive', SK: 'CURRENT' }),
  archiveSettingsHistory: (at: string): Key => ({ PK: 'SETTINGS#archive', SK: `HIST#${at}` }),
  staff: (username: string): Key => ({ PK: `STAFF#${username}`, SK: 'PROFILE' }),
  /** The person's second factor as last read from Cognito (admins must have TOTP: shared/admin-mfa.ts). */
  staffMfa: (username: string): Key => ({ PK: `STAFF#${username}`, SK: 'MFA' }),
  staffIndexes: (s: { id: string; name: string; unitId?: string }) => ({
    ...(s.unitId ? { GSI1PK: `STAFFUNIT#${s.unitId}`, GSI1SK: sortName(s.name, s.id) } : {}),
    GSI3PK: 'STAFF',
    GSI3SK: sortName(s.name, s.id),
  }),
  staffPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `STAFFUNIT#${unitId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'STAFF' }) as const,
  },
  /** Uniqueness guard: one directory entry per username ignoring case (the key holds the lower-case form). */
  staffLogin: (username: string): Key => ({ PK: `STAFFLOGIN#${username.toLowerCase()}`, SK: 'GUARD' }),
  /** A change to a person (issue 11), in their partition, oldest first; all people's changes on GSI3, in time order. */
  userHistory: (username: string, at: string, id: string): Key => ({ PK: `STAFF#${username}`, SK: `HIST#${at}#${id}` }),
  userHistoryPrefix: 'HIST#',
  userHistoryIndexes: (e: { username: string; at: string; id: string }) => ({ GSI3PK: 'STAFFHIST', GSI3SK: `${e.at}#${e.id}` }),
  userHistoryPartitions: {
    all: () => ({ index: 'GSI3', pk: 'STAFFHIST' }) as const,
  },
  /** A customer's net order total for one month (Asia/Shanghai), in the customer's partition. */
  monthTotal: (customerId: string, month: string): Key => ({ PK: `CUST#${customerId}`, SK: `MONTH#${month}` }),
  monthTotalPrefix: 'MONTH#',
  /** One business event of the order system (order + type + refund): applied once, whatever the deliveries. */
  orderEvent: (eventKey: string): Key => ({ PK: `ORDEREVT#${eventKey}`, SK: 'EVENT' }),
  /** One delivery (Standard Webhooks `webhook-id`). */
  webhookDelivery: (webhookId: string): Key => ({ PK: `DELIVERY#${webhookId}`, SK: 'DELIVERY' }),
  /** Events for customers we do not know yet, listed for Sales to match (sparse GSI1). */
  unmatchedIndexes: (receivedAt: string, eventKey: string) => ({ GSI1PK: 'UNMATCHED', GSI1SK: `${receivedAt}#${eventKey}` }),
  unmatchedPartition: () => ({ index: 'GSI1', pk: 'UNMATCHED' }) as const,
  /**
   * An order event applied to the customer (R11), in its partition: `TRADE#<order>|<type>|<part>`, so a
   * customer's orders are one Query (`TRADE#`) and one order's events a narrower one. Sorts after `PROFILE`,
   * so the re-tiering Query of months and profile never reads it.
   */
  customerOrderEvent: (customerId: string, eventKey: string): Key => ({ PK: `CUST#${customerId}`, SK: `TRADE#${eventKey}` }),
  customerOrderEventPrefix: 'TRADE#',
  /**
   * What one order still owes (R11), recomputed from its events after each one: in the customer's partition;
   * on GSI3 `RECEIVABLE` by due date (sparse: only while something is owed), so the overdue money of the
   * whole company is one Query of the days before today.
   */
  receivable: (customerId: string, orderId: string): Key => ({ PK: `CUST#${customerId}`, SK: `RECEIVABLE#${orderId}` }),
  receivableIndexes: (r: { customerId: string; orderId: string; receivableFen: number; paymentDueDate?: string }) =>
    r.receivableFen > 0 && r.paymentDueDate ? { GSI3PK: 'RECEIVABLE', GSI3SK: `${r.paymentDueDate}#${r.customerId}#${r.orderId}` } : {},
  receivablesByDueDate: () => ({ index: 'GSI3', pk: 'RECEIVABLE' }) as const,
  /** One overdue-payment reminder per owner per Shanghai day (claimed with attribute_not_exists with the notice). */
  overdueReminder: (date: string, ownerId: string): Key => ({ PK: `OVERDUEREMIND#${date}`, SK: ownerId }),

  tierHistory: (customerId: string, at: string, source: string): Key => ({ PK: `CUST#${customerId}`, SK: `TIERHIST#${at}#${source}` }),
  tierHistoryPrefix: 'TIERHIST#',
  tierSettings: (): Key => ({ PK: 'SETTINGS#tiers', SK: 'CURRENT' }),
  tierSettingsHistory: (at: string): Key => ({ PK: 'SETTINGS#tiers', SK: `HIST#${at}` }),
  /** A preferential policy request, in its customer's partition; by status on GSI1 for the lists. */
  preferentialPolicy: (customerId: string, policyId: string): Key => ({ PK: `CUST#${customerId}`, SK: `POLICY#${policyId}` }),
  preferentialPolicyPrefix: 'POLICY#',
  preferentialPolicyIndexes: (p: { status: string; requestedAt: string; id: string }) => ({
    GSI1PK: `POLICYSTATUS#${p.status}`,
    GSI1SK: `${p.requestedAt}#${p.id}`,
  }),
  policyStatusPartition: (status: string) => ({ index: 'GSI1', pk: `POLICYSTATUS#${status}` }) as const,
  /** A service request (R7) and its timeline events, one per version, in its own partition. */
  serviceRequest: (id: string): Key => ({ PK: `SR#${id}`, SK: 'REQUEST' }),
  serviceEvent: (id: string, version: number): Key => ({ PK: `SR#${id}`, SK: `EVENT#${String(version).padStart(6, '0')}` }),
  serviceEventPrefix: 'EVENT#',
  /**
   * By first-inquiry owner (GSI1), handler — person or department — (GSI2), all (GSI3), open with an expected
   * date (GSI4, sparse), and by customer (GSI5, for the header search).
   */
  serviceRequestIndexes: (r: { id: string; customerId: string; createdAt: string; firstOwnerId: string; handlerKey: string; status: string; expectedDate?: string }) => ({
    GSI1PK: `SROWNER#${r.firstOwnerId}`,
    GSI1SK: `${r.createdAt}#${r.id}`,
    GSI2PK: `SRHANDLER#${r.handlerKey}`,
    GSI2SK: `${r.createdAt}#${r.id}`,
    GSI3PK: 'SRALL',
    GSI3SK: `${r.createdAt}#${r.id}`,
    ...(r.status !== 'closed' && r.expectedDate ? { GSI4PK: 'SROPEN', GSI4SK: `${r.expectedDate}#${r.id}` } : {}),
    GSI5PK: `SRCUST#${r.customerId}`,
    GSI5SK: `${r.createdAt}#${r.id}`,
  }),
  serviceRequestPartitions: {
    owner: (id: string) => ({ index: 'GSI1', pk: `SROWNER#${id}` }) as const,
    handler: (handlerKey: string) => ({ index: 'GSI2', pk: `SRHANDLER#${handlerKey}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'SRALL' }) as const,
    open: () => ({ index: 'GSI4', pk: 'SROPEN' }) as const,
    customer: (customerId: string) => ({ index: 'GSI5', pk: `SRCUST#${customerId}` }) as const,
  },
  /**
   * A customer visit and its reception plan (R5), in its own partition. Sorted by arrival instant on
   * every index: the hosting unit's calendar (GSI1), the customer's visits (GSI2), all visits by month of
   * arrival in Asia/Shanghai (GSI3, one partition per month), and plans awaiting an approver role (GSI4,
   * sparse: only while awaiting approval).
   */
  visit: (id: string): Key => ({ PK: `VISIT#${id}`, SK: 'VISIT' }),
  visitIndexes: (v: { id: string; hostUnitId: string; customerId: string; arrivalAt: string; arrivalMonth: string; awaitingRole?: string }) => ({
    GSI1PK: `VISITUNIT#${v.hostUnitId}`,
    GSI1SK: `${v.arrivalAt}#${v.id}`,
    GSI2PK: `VISITCUST#${v.customerId}`,
    GSI2SK: `${v.arrivalAt}#${v.id}`,
    GSI3PK: `VISITMONTH#${v.arrivalMonth}`,
    GSI3SK: `${v.arrivalAt}#${v.id}`,
    ...(v.awaitingRole ? { GSI4PK: `VISITAPPROVAL#${v.awaitingRole}`, GSI4SK: `${v.arrivalAt}#${v.id}` } : {}),
  }),
  visitPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `VISITUNIT#${unitId}` }) as const,
    customer: (customerId: string) => ({ index: 'GSI2', pk: `VISITCUST#${customerId}` }) as const,
    month: (month: string) => ({ index: 'GSI3', pk: `VISITMONTH#${month}` }) as const,
    awaitingApproval: (role: string) => ({ index: 'GSI4', pk: `VISITAPPROVAL#${role}` }) as const,
  },
  /**
   * An open reception step filed under its holder (shared/reception/open-steps.ts), soonest due first: the table's own
   * partition per holder, written and removed in the same transaction as each change of its visit.
   */
  visitStepEntry: (holder: string, dueAt: string, visitId: string, stepId: string): Key => ({ PK: `VISITSTEPS#${holder}`, SK: `${dueAt}#${visitId}#${stepId}` }),
  visitStepPartition: (holder: string) => ({ pk: `VISITSTEPS#${holder}` }) as const,
  /**
   * A customer meeting (座谈会、交流会, 第三条〔八〕) in its own partition, with its invitations beside it
   * (`INVITE#<customerId>`), a marker per invited unit (`UNIT#<unitId>`) and its plan's changes (`HIST#<version>`). All meetings by start (GSI3);
   * a customer's invitations (GSI1) and a unit's meetings (GSI2, the markers), both by the meeting's start,
   * so a customer page and a unit user's list are one Query each.
   */
  meeting: (id: string): Key => ({ PK: `MEETING#${id}`, SK: 'MEETING' }),
  meetingIndexes: (m: { id: string; startsAt: string }) => ({ GSI3PK: 'MEETING', GSI3SK: `${m.startsAt}#${m.id}` }),
  invitation: (meetingId: string, customerId: string): Key => ({ PK: `MEETING#${meetingId}`, SK: `INVITE#${customerId}` }),
  invitationPrefix: 'INVITE#',
  invitationIndexes: (i: { meetingId: string; customerId: string; startsAt: string }) => ({
    GSI1PK: `MEETINGCUST#${i.customerId}`,
    GSI1SK: `${i.startsAt}#${i.meetingId}`,
  }),
  /** One marker per unit with invitees in a meeting, so a unit user's list has one row per meeting. */
  meetingUnit: (meetingId: string, unitId: string): Key => ({ PK: `MEETING#${meetingId}`, SK: `UNIT#${unitId}` }),
  meetingUnitIndexes: (m: { meetingId: string; unitId: string; startsAt: string }) => ({ GSI2PK: `MEETINGUNIT#${m.unitId}`, GSI2SK: `${m.startsAt}#${m.meetingId}` }),
  meetingUnitPrefix: 'UNIT#',
  /** One entry per change of the meeting's plan, by the version it made (so a version is recorded once). */
  meetingChange: (meetingId: string, version: number): Key => ({ PK: `MEETING#${meetingId}`, SK: `HIST#${String(version).padStart(6, '0')}` }),
  meetingChangePrefix: 'HIST#',
  meetingPartitions: {
    all: () => ({ index: 'GSI3', pk: 'MEETING' }) as const,
    customer: (customerId: string) => ({ index: 'GSI1', pk: `MEETINGCUST#${customerId}` }) as const,
    unit: (unitId: string) => ({ index: 'GSI2', pk: `MEETINGUNIT#${unitId}` }) as const,
  },
  /**
   * An entry of the opinions register (第三条〔四〕), in its own partition. All by registration (GSI3), a
   * unit's (GSI1); while open, by answer date (GSI4: the daily overdue check and the overdue filter) and a
   * unit's by registration (GSI2: counted into the quarterly revisit report). Both sparse indexes drop it
   * once answered.
   */
  opinion: (id: string): Key => ({ PK: `OPINION#${id}`, SK: 'OPINION' }),
  opinionIndexes: (o: { id: string; unitId: string; receivedAt: string; dueDate: string; status: string }) => ({
    GSI1PK: `OPINIONUNIT#${o.unitId}`,
    GSI1SK: `${o.receivedAt}#${o.id}`,
    GSI3PK: 'OPINION',
    GSI3SK: `${o.receivedAt}#${o.id}`,
    ...(o.status === 'open'
      ? { GSI2PK: `OPINIONOPENUNIT#${o.unitId}`, GSI2SK: `${o.receivedAt}#${o.id}`, GSI4PK: 'OPINIONOPEN', GSI4SK: `${o.dueDate}#${o.id}` }
      : {}),
  }),
  opinionPartitions: {
    all: () => ({ index: 'GSI3', pk: 'OPINION' }) as const,
    unit: (unitId: string) => ({ index: 'GSI1', pk: `OPINIONUNIT#${unitId}` }) as const,
    openOfUnit: (unitId: string) => ({ index: 'GSI2', pk: `OPINIONOPENUNIT#${unitId}` }) as const,
    openByDue: () => ({ index: 'GSI4', pk: 'OPINIONOPEN' }) as const,
  },
  /**
   * The 工作台's figures of a scope (`company` or a unit id) and a person's revisits due, each one item
   * overwritten by the nightly `home-summaries` job, so `GET /home` reads them with a GetItem.
   */
  homeFigures: (scope: string): Key => ({ PK: `SUMMARY#${scope}`, SK: 'HOME' }),
  ownerRevisits: (ownerId: string): Key => ({ PK: `SUMMARY#owner:${ownerId}`, SK: 'HOME' }),
  /** A nightly run's checkpoint: per segment, where the scan got to. */
  jobCheckpoint: (job: string, runId: string): Key => ({ PK: `JOB#${job}`, SK: `RUN#${runId}` }),
  /** A scheduled job's last finished run (and since when it is watched): read by the `watch-jobs` job. */
  jobStatus: (job: string): Key => ({ PK: `JOB#${job}`, SK: 'STATUS' }),
  /** Inbox: newest first by querying the recipient's partition backwards. */
  notification: (recipientId: string, createdAt: string, dedupeKey: string): Key => ({
    PK: `INBOX#${recipientId}`,
    SK: `${createdAt}#${dedupeKey}`,
  }),
  /**
   * Unread items of a recipient (sparse GSI1: removed when read) for the badge count; and the item by its
   * id (GSI2), since its table key holds a dedupe key the reader does not know.
   */
  notificationIndexes: (n: { recipientId: string; createdAt: string; id: string; readAt?: string }, outside = false) => ({
    ...(n.readAt ? {} : { GSI1PK: `UNREAD#${n.recipientId}`, GSI1SK: `${n.createdAt}#${n.id}` }),
    GSI2PK: `NOTIFICATION#${n.id}`,
    GSI2SK: `INBOX#${n.recipientId}`,
    // Still to go out on the recipient's other channels (sparse GSI3, removed once the dispatcher sent it).
    ...(outside ? { GSI3PK: 'NOTICEOUT', GSI3SK: `${n.createdAt}#${n.recipientId}#${n.id}` } : {}),
  }),
  /** Inbox items still to go out on other channels, oldest first (functions/jobs/dispatch-notices.ts). */
  noticeOutbox: () => ({ index: 'GSI3', pk: 'NOTICEOUT' }) as const,
  /**
   * A notice waiting for its recipient's daily digest, in the recipient's digest partition; all waiting
   * entries by recipient on GSI3 (sparse: the entry is deleted once the digest went out).
   */
  digestEntry: (recipientId: string, createdAt: string, id: string): Key => ({ PK: `DIGEST#${recipientId}`, SK: `${createdAt}#${id}` }),
  digestEntryIndexes: (recipientId: string, createdAt: string, id: string) => ({ GSI3PK: 'DIGESTPENDING', GSI3SK: `${recipientId}#${createdAt}#${id}` }),
  digestPending: () => ({ index: 'GSI3', pk: 'DIGESTPENDING' }) as const,
  inboxPartitions: {
    all: (recipientId: string) => ({ pk: `INBOX#${recipientId}` }) as const,
    unread: (recipientId: string) => ({ index: 'GSI1', pk: `UNREAD#${recipientId}` }) as const,
    byId: (id: string) => ({ index: 'GSI2', pk: `NOTIFICATION#${id}` }) as const,
  },
  /**
   * An attachment's record (R2), in its customer's partition: listed with begins_with `ATTACH#`, and
   * sorting before `MONTH#`…`PROFILE`, so the re-tiering Query of months and profile never reads it.
   */
  attachment: (customerId: string, attachmentId: string): Key => ({ PK: `CUST#${customerId}`, SK: `ATTACH#${attachmentId}` }),
  attachmentPrefix: 'ATTACH#',
  /** An import job; its chunk reports live in the same partition. By importer (GSI1), oldest first. */
  importJob: (id: string): Key => ({ PK: `IMPORT#${id}`, SK: 'JOB' }),
  importJobIndexes: (j: { id: string; createdAt: string; createdBy: { id: string } }) => ({
    GSI1PK: `IMPORTBY#${j.createdBy.id}`,
    GSI1SK: `${j.createdAt}#${j.id}`,
  }),
  importsOf: (userId: string) => ({ index: 'GSI1', pk: `IMPORTBY#${userId}` }) as const,
  /** One chunk's dry-run or commit report, in chunk order (`VALIDATION#00003`). */
  importReport: (id: string, report: 'validation' | 'commit', chunk: number): Key => ({
    PK: `IMPORT#${id}`,
    SK: `${report.toUpperCase()}#${String(chunk).padStart(5, '0')}`,
  }),
  importReportPrefix: (report: 'validation' | 'commit') => `${report.toUpperCase()}#`,
  /**
   * A revisit record (R6), in its customer's partition, in time order (`visitedAt` as UTC ISO with
   * milliseconds, so text order is time order): a period's revisits are one Query between two instants.
   * `REVISIT#` sorts after `PROFILE`, so the re-tiering Query of months and profile never reads it.
   */
  revisit: (customerId: string, visitedAt: string, id: string): Key => ({ PK: `CUST#${customerId}`, SK: `REVISIT#${visitedAt}#${id}` }),
  revisitPrefix: 'REVISIT#',
  /** The R6 frequency rules as an administrator set them, and their history (as the tier settings). */
  revisitSettings: (): Key => ({ PK: 'SETTINGS#revisits', SK: 'CURRENT' }),
  revisitSettingsHistory: (at: string): Key => ({ PK: 'SETTINGS#revisits', SK: `HIST#${at}` }),
  /** A person's own choice of reminder channels (inbox always; email, WeCom, DingTalk), beside their directory entry. */
  notificationSettings: (userId: string): Key => ({ PK: `STAFF#${userId}`, SK: 'NOTIFY' }),
  /** One revisit reminder per obligation per Shanghai day (claimed with attribute_not_exists before sending). */
  revisitReminder: (date: string, customerId: string, obligationKey: string): Key => ({
    PK: `REVREMIND#${date}`,
    SK: `${customerId}#${obligationKey}`,
  }),
  /** A unit's annual revisit plan for a year, and its change history (one entry per version) in the same partition. */
  revisitAnnualPlan: (unitId: string, year: number): Key => ({ PK: `RVPLAN#${unitId}`, SK: `YEAR#${year}` }),
  revisitAnnualPlanChange: (unitId: string, year: number, version: number): Key => ({
    PK: `RVPLAN#${unitId}`,
    SK: `YEAR#${year}#HIST#${String(version).padStart(6, '0')}`,
  }),
  revisitAnnualPlanChangePrefix: (year: number) => `YEAR#${year}#HIST#`,
  /**
   * A year's sales targets (第五条〔一〕) in one small partition: the current target of each unit and person
   * (`T#…`, one Query lists the year) and every change (`H#<kind>#<subject>#<version>`, one Query per target).
   */
  salesTarget: (year: number, kind: string, subjectId: string): Key => ({ PK: `SALESTARGET#${year}`, SK: `T#${kind}#${subjectId}` }),
  salesTargetPrefix: 'T#',
  salesTargetChange: (year: number, kind: string, subjectId: string, version: number): Key => ({
    PK: `SALESTARGET#${year}`,
    SK: `H#${kind}#${subjectId}#${String(version).padStart(6, '0')}`,
  }),
  salesTargetChangePrefix: (kind: string, subjectId: string) => `H#${kind}#${subjectId}#`,
  /**
   * A temporary revisit plan (R6) in its own partition: by unit and first day (GSI1, for a unit's list and
   * the plans running on given days), all plans by submission (GSI3), and those awaiting leadership (GSI4, sparse).
   */
  temporaryRevisitPlan: (id: string): Key => ({ PK: `RVTEMP#${id}`, SK: 'PLAN' }),
  temporaryRevisitPlanIndexes: (p: { id: string; unitId: string; startDate: string; submittedAt: string; status: string }) => ({
    GSI1PK: `RVTEMPUNIT#${p.unitId}`,
    GSI1SK: `${p.startDate}#${p.id}`,
    GSI3PK: 'RVTEMP',
    GSI3SK: `${p.submittedAt}#${p.id}`,
    ...(p.status === 'pending' ? { GSI4PK: 'RVTEMPPENDING', GSI4SK: `${p.submittedAt}#${p.id}` } : {}),
  }),
  temporaryRevisitPlanPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `RVTEMPUNIT#${unitId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'RVTEMP' }) as const,
    pending: () => ({ index: 'GSI4', pk: 'RVTEMPPENDING' }) as const,
  },
  /** A unit's quarterly revisit evaluation report (R6), one item per unit and quarter. */
  revisitReport: (unitId: string, quarter: string): Key => ({ PK: `RVREPORT#${unitId}`, SK: `Q#${quarter}` }),
  /**
   * A quarterly scorecard (考核, R9) of any kind: a quarter's scorecards of one kind are one partition (the
   * list), and a subject's quarters are GSI1 (its own history of assessments), both sorted for reading.
   */
  scorecard: (kind: string, quarter: string, subject: string): Key => ({ PK: `ASSESS#${kind}#${quarter}`, SK: `SUBJECT#${subject}` }),
  scorecardIndexes: (s: { kind: string; quarter: string; subject: string }) => ({ GSI1PK: `ASSESSSUBJECT#${s.kind}#${s.subject}`, GSI1SK: `Q#${s.quarter}` }),
  scorecardPartitions: {
    quarter: (kind: string, quarter: string) => ({ pk: `ASSESS#${kind}#${quarter}`, prefix: 'SUBJECT#' }) as const,
    subject: (kind: string, subject: string) => ({ index: 'GSI1', pk: `ASSESSSUBJECT#${kind}#${subject}` }) as const,
  },
  /** A kind's indicator definitions as an administrator set them, and their history (as the revisit rules). */
  assessmentIndicators: (kind: string): Key => ({ PK: `SETTINGS#assessment-${kind}`, SK: 'CURRENT' }),
  assessmentIndicatorsHistory: (kind: string, at: string): Key => ({ PK: `SETTINGS#assessment-${kind}`, SK: `HIST#${at}` }),
};

/** Strips key and index attributes so an item can be parsed as its entity. */
export function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, 'PK' | 'SK'> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!/^(PK|SK|GSI\d+PK|GSI\d+SK)$/.test(k)) out[k] = v;
  return out as Omit<T, 'PK' | 'SK'>;
}
