import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { holds } from '#shared/reception/parties';
import type { Role } from '#shared/roles';
import { staffStatus, type Staff } from '#shared/schemas/staff.schema';
import type { UserHoldings } from '#shared/schemas/user.schema';
import { keys } from '../keys';
import { queryPartition } from './query-pages';

/** Each count stops here: enough to say "at least" and send the administrator to the reassignment. */
const cap = 500;
/** Reception steps of visits arriving within this many days are counted. */
const visitHorizonDays = 92;

/**
 * What a person still answers for (issue 11: shown before someone is disabled): customers they own (and
 * of those, the ones with revisit obligations, which follow the customer's owner), open service requests
 * they received first or hold now, and open reception steps of coming visits that only they can take
 * (their role in their unit, with no other active holder).
 */
export class StaffHoldingsRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async of(person: Pick<Staff, 'id' | 'role' | 'unitId'>, directory: readonly Staff[], now: Date): Promise<UserHoldings> {
    const customers = await this.read({ ...keys.customerPartitions.owner(person.id), limit: cap });
    const open = { expression: '#status <> :closed', names: { '#status': 'status' }, values: { ':closed': 'closed' } };
    const first = await this.read({ ...keys.serviceRequestPartitions.owner(person.id), filter: open, limit: cap });
    const held = await this.read({ ...keys.serviceRequestPartitions.handler(`person:${person.id}`), filter: open, limit: cap });
    const requests = new Set([...first.items, ...held.items].map((r) => String(r.id)));
    const steps = await this.soleSteps(person, directory, now);
    return {
      customers: customers.items.length,
      revisitObligations: customers.items.filter((c) => c.tier !== 'reserve').length,
      openServiceRequests: requests.size,
      receptionSteps: steps.count,
      more: customers.more || first.more || held.more || steps.more,
    };
  }

  private async read(q: Parameters<typeof queryPartition>[2]) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...q, maxPages: 5 });
    return { items, more: nextCursor !== null };
  }

  private async soleSteps(person: { id: string; role: Role; unitId?: string }, directory: readonly Staff[], now: Date) {
    const others = directory.filter((s) => s.id !== person.id && staffStatus(s) === 'active');
    const to = new Date(now.getTime() + visitHorizonDays * 86_400_000).toISOString();
    // Loaded here, not at start: the visit schemas are ~3,000 zod constructions that every users/* function
    // would build at import, and only the holdings read needs them (issue 15, docs/performance.md).
    const { VisitRepository } = await import('./visit.repository');
    const { items, truncated } = await new VisitRepository(this.client, this.tableName).calendar({ from: now.toISOString(), to, ...(person.unitId ? { unitId: person.unitId } : {}) });
    let count = 0;
    for (const visit of items) {
      if (visit.status === 'cancelled' || visit.status === 'recorded') continue;
      for (const step of visit.steps) {
        if (step.status === 'done' || !holds(step.owner, person)) continue;
        if (!others.some((o) => holds(step.owner, o))) count++;
      }
    }
    return { count, more: truncated };
  }
}
