import type { Tier } from '#shared/schemas/customer.schema';

/**
 * Every key the table holds, built in one place so they stay readable (`CUST#<id>`) and consistent.
 * docs/data-model.md lists the access pattern each one serves.
 */
export type Key = { PK: string; SK: string };

const sortName = (name: string, id: string) => `${name}#${id}`;

export const keys = {
  customer: (id: string): Key => ({ PK: `CUST#${id}`, SK: 'PROFILE' }),
  /** Uniqueness guard: one live customer per unified social credit code. */
  creditCode: (code: string): Key => ({ PK: `CREDITCODE#${code}`, SK: 'GUARD' }),
  /**
   * Index attributes of a customer: by unit (GSI1), owner (GSI2), all (GSI3), tier (GSI4), each sorted by name.
   * A customer in the recycle bin has only its bin entry (GSI3 `RECYCLE`, newest deletion last), so every
   * list drops it just by writing the item through here.
   */
  customerIndexes: (c: { id: string; name: string; unitId: string; ownerId: string; tier: Tier; deletedAt?: string }) =>
    c.deletedAt
      ? { GSI3PK: 'RECYCLE', GSI3SK: `${c.deletedAt}#${c.id}` }
      : {
          GSI1PK: `UNIT#${c.unitId}`,
          GSI1SK: sortName(c.name, c.id),
          GSI2PK: `OWNER#${c.ownerId}`,
          GSI2SK: sortName(c.name, c.id),
          GSI3PK: 'CUSTOMER',
          GSI3SK: sortName(c.name, c.id),
          GSI4PK: `TIER#${c.tier}`,
          GSI4SK: sortName(c.name, c.id),
        },
  customerPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `UNIT#${unitId}` }) as const,
    owner: (ownerId: string) => ({ index: 'GSI2', pk: `OWNER#${ownerId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'CUSTOMER' }) as const,
    tier: (tier: Tier) => ({ index: 'GSI4', pk: `TIER#${tier}` }) as const,
    recycleBin: () => ({ index: 'GSI3', pk: 'RECYCLE' }) as const,
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
  accessLog: (customerId: string, at: string, id: string): Key => ({ PK: `ACCESSLOG#${customerId}`, SK: `${at}#${id}` }),
  /** By reader (GSI1) and all entries (GSI3), both in time order, so every filter of GET /access-log is a Query. */
  accessLogIndexes: (e: { id: string; at: string; reader: { id: string } }) => ({
    GSI1PK: `ACCESSLOGUSER#${e.reader.id}`,
    GSI1SK: `${e.at}#${e.id}`,
    GSI3PK: 'ACCESSLOG',
    GSI3SK: `${e.at}#${e.id}`,
  }),
  accessLogPartitions: {
    customer: (customerId: string) => ({ pk: `ACCESSLOG#${customerId}` }) as const,
    reader: (userId: string) => ({ index: 'GSI1', pk: `ACCESSLOGUSER#${userId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'ACCESSLOG' }) as const,
  },
  staff: (username: string): Key => ({ PK: `STAFF#${username}`, SK: 'PROFILE' }),
  staffIndexes: (s: { id: string; name: string; unitId?: string }) => ({
    ...(s.unitId ? { GSI1PK: `STAFFUNIT#${s.unitId}`, GSI1SK: sortName(s.name, s.id) } : {}),
    GSI3PK: 'STAFF',
    GSI3SK: sortName(s.name, s.id),
  }),
  staffPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `STAFFUNIT#${unitId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'STAFF' }) as const,
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
  /** A change of tier, in the customer's partition, newest last. */
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
  /** A nightly run's checkpoint: per segment, where the scan got to. */
  jobCheckpoint: (job: string, runId: string): Key => ({ PK: `JOB#${job}`, SK: `RUN#${runId}` }),
  /** Inbox: newest first by querying the recipient's partition backwards. */
  notification: (recipientId: string, createdAt: string, dedupeKey: string): Key => ({
    PK: `INBOX#${recipientId}`,
    SK: `${createdAt}#${dedupeKey}`,
  }),
  /**
   * Unread items of a recipient (sparse GSI1: removed when read) for the badge count; and the item by its
   * id (GSI2), since its table key holds a dedupe key the reader does not know.
   */
  notificationIndexes: (n: { recipientId: string; createdAt: string; id: string; readAt?: string }) => ({
    ...(n.readAt ? {} : { GSI1PK: `UNREAD#${n.recipientId}`, GSI1SK: `${n.createdAt}#${n.id}` }),
    GSI2PK: `NOTIFICATION#${n.id}`,
    GSI2SK: `INBOX#${n.recipientId}`,
  }),
  inboxPartitions: {
    all: (recipientId: string) => ({ pk: `INBOX#${recipientId}` }) as const,
    unread: (recipientId: string) => ({ index: 'GSI1', pk: `UNREAD#${recipientId}` }) as const,
    byId: (id: string) => ({ index: 'GSI2', pk: `NOTIFICATION#${id}` }) as const,
  },
};

/** Strips key and index attributes so an item can be parsed as its entity. */
export function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, 'PK' | 'SK'> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!/^(PK|SK|GSI\d+PK|GSI\d+SK)$/.test(k)) out[k] = v;
  return out as Omit<T, 'PK' | 'SK'>;
}
