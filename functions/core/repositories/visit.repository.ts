import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { openStepsOf } from '#shared/reception/open-steps';
import { maxVisitMs, myStepSchema, visitSchema, type MyStep, type Visit } from '#shared/schemas/visit.schema';
import { monthsBetween, shanghaiMonth } from '#shared/shanghai-time';
import { keys, withoutKeys } from '../keys';
import { countPartition } from './partition-count';
import { queryPartition, type PartitionQuery } from './query-pages';
import { putVersioned, type ChangeNotice } from './versioned-write';

/** A calendar read returns at most this many visits (a quarter of a large company's receptions). */
const calendarCap = 1000;

/** A notice sent with a change of a visit (putVersioned delivers those beyond one transaction right after). */
export type VisitNotice = ChangeNotice;

/** Visits with their reception plans (R5). Every write is conditional; every read is parsed. */
export class VisitRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  item(v: Visit) {
    return {
      ...keys.visit(v.id),
      ...keys.visitIndexes({
        id: v.id,
        hostUnitId: v.hostUnitId,
        customerId: v.customerId,
        arrivalAt: v.arrivalAt,
        arrivalMonth: shanghaiMonth(v.arrivalAt),
        ...(v.status === 'awaiting-approval' && v.approval.approver ? { awaitingRole: v.approval.approver.role } : {}),
      }),
      type: 'visit',
      ...v,
    };
  }

  async get(id: string): Promise<Visit | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.visit(id) }));
    return out.Item ? visitSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** A new visit (none with its id may exist), with its open-step entries and notices in the same transaction. */
  async create(v: Visit, notices: VisitNotice[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(v), 0, notices, this.stepEntryWrites([], openStepsOf(v)));
  }

  /**
   * Replaces `before` with `after` if nobody changed it meanwhile (412 otherwise), with its notices; the open-step
   * entries follow in the same transaction (the ones `after` no longer has are deleted, new or changed ones put).
   */
  async replace(before: Visit, after: Visit, notices: VisitNotice[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(after), before.version, notices, this.stepEntryWrites(openStepsOf(before), openStepsOf(after)));
  }

  /**
   * The writes that turn the entries `had` into `has`: at most a Delete and a Put per entry, and a visit has at most
   * 40 steps of a unit's own list (one holder each) or the standard's handful (with alternates), so with the visit
   * they fit one transaction (putVersioned moves notices that do not fit to right after it).
   */
  stepEntryWrites(had: MyStep[], has: MyStep[]): Record<string, unknown>[] {
    const key = (e: MyStep) => keys.visitStepEntry(e.holder, e.dueAt, e.visitId, e.stepId);
    const id = (e: MyStep) => JSON.stringify(key(e));
    const before = new Map(had.map((e) => [id(e), e]));
    const after = new Set(has.map(id));
    return [
      ...had.filter((e) => !after.has(id(e))).map((e) => ({ Delete: { TableName: this.tableName, Key: key(e) } })),
      ...has
        .filter((e) => JSON.stringify(before.get(id(e))) !== JSON.stringify(e))
        .map((e) => ({ Put: { TableName: this.tableName, Item: { ...key(e), type: 'visit-step', ...e } } })),
    ];
  }

  /** A holder's open steps, soonest due first. */
  async openSteps(holder: string, page: { limit: number; cursor?: string }): Promise<{ items: MyStep[]; nextCursor: string | null }> {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...keys.visitStepPartition(holder), ...page });
    return { items: items.map((i) => myStepSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** How many open steps a holder has: the same partition as `openSteps`, counted. */
  openStepCount(holder: string): Promise<number> {
    return countPartition(this.client, this.tableName, keys.visitStepPartition(holder));
  }

  /**
   * Visits on the calendar between two instants: those arriving before `to` and leaving on or after
   * `from`. Since no visit lasts longer than 31 days, arrivals from `from` − 31 days on are all that can
   * overlap; the departure is a filter within that range. A unit's calendar is its partition; all
   * units' is one partition per month of arrival.
   */
  async calendar(range: { from: string; to: string; unitId?: string }): Promise<{ items: Visit[]; truncated: boolean }> {
    const lookFrom = new Date(Date.parse(range.from) - maxVisitMs).toISOString();
    const partitions = range.unitId
      ? [keys.visitPartitions.unit(range.unitId)]
      : monthsBetween(shanghaiMonth(lookFrom), shanghaiMonth(new Date(Date.parse(range.to) - 1))).map((m) => keys.visitPartitions.month(m));
    const items: Visit[] = [];
    for (const partition of partitions) {
      const page = await this.readAll(
        {
          ...partition,
          sortKey: { from: lookFrom, before: range.to },
          filter: { expression: '#dep >= :from', names: { '#dep': 'departureAt' }, values: { ':from': range.from } },
          limit: 200,
        },
        calendarCap - items.length,
      );
      items.push(...page.items);
      if (page.truncated) return { items, truncated: true };
    }
    return { items, truncated: false };
  }

  /** A customer's visits, newest arrival first. */
  async forCustomer(customerId: string, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...keys.visitPartitions.customer(customerId),
      newestFirst: true,
      ...page,
    });
    return { items: items.map((i) => visitSchema.parse(withoutKeys(i))), nextCursor };
  }

  /** Plans waiting for an approver role, soonest arrival first. */
  async awaitingApproval(role: string, page: { limit: number; cursor?: string }) {
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, { ...keys.visitPartitions.awaitingApproval(role), ...page });
    return { items: items.map((i) => visitSchema.parse(withoutKeys(i))), nextCursor };
  }

  private async readAll(q: PartitionQuery, cap: number): Promise<{ items: Visit[]; truncated: boolean }> {
    const items: Visit[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, { ...q, cursor });
      for (const i of page.items) {
        if (items.length === cap) return { items, truncated: true };
        items.push(visitSchema.parse(withoutKeys(i)));
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { items, truncated: false };
  }
}
