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
  /** Index attributes of a customer: by unit (GSI1), owner (GSI2), all (GSI3), tier (GSI4), each sorted by name. */
  customerIndexes: (c: { id: string; name: string; unitId: string; ownerId: string; tier: Tier }) => ({
    GSI1PK: `UNIT#${c.unitId}`,
    GSI1SK: sortName(c.name, c.id),
    GSI2PK: `OWNER#${c.ownerId}`,
    GSI2SK: sortName(c.name, c.id),
    GSI3PK: 'CUSTOMER',
    GSI3SK: sortName(c.name, c.id),
    GSI4PK: `TIER#${c.tier}`,
    GSI4SK: sortName(c.name, c.id),
  }),
  customerPartitions: {
    unit: (unitId: string) => ({ index: 'GSI1', pk: `UNIT#${unitId}` }) as const,
    owner: (ownerId: string) => ({ index: 'GSI2', pk: `OWNER#${ownerId}` }) as const,
    all: () => ({ index: 'GSI3', pk: 'CUSTOMER' }) as const,
    tier: (tier: Tier) => ({ index: 'GSI4', pk: `TIER#${tier}` }) as const,
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
  /** Inbox: newest first by querying the recipient's partition backwards. */
  notification: (recipientId: string, createdAt: string, dedupeKey: string): Key => ({
    PK: `INBOX#${recipientId}`,
    SK: `${createdAt}#${dedupeKey}`,
  }),
  /** Unread items of a recipient (sparse: removed when read) for the badge count. */
  notificationIndexes: (n: { recipientId: string; createdAt: string; id: string; readAt?: string }) =>
    n.readAt ? {} : { GSI1PK: `UNREAD#${n.recipientId}`, GSI1SK: `${n.createdAt}#${n.id}` },
};

/** Strips key and index attributes so an item can be parsed as its entity. */
export function withoutKeys<T extends Record<string, unknown>>(item: T): Omit<T, 'PK' | 'SK'> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) if (!/^(PK|SK|GSI\d+PK|GSI\d+SK)$/.test(k)) out[k] = v;
  return out as Omit<T, 'PK' | 'SK'>;
}
