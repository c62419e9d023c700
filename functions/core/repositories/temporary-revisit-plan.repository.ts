import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { temporaryPlanMaxDays, temporaryPlanSchema, type TemporaryPlan, type TemporaryPlanStatus } from '#shared/schemas/revisit-plan.schema';
import type { UnitId } from '#shared/units';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';
import { putVersioned, type ChangeNotice } from './versioned-write';

const dayMs = 86_400_000;
const minusDays = (date: string, days: number) => new Date(Date.parse(date) - days * dayMs).toISOString().slice(0, 10);

/** Temporary revisit plans (R6). Every write is conditional on the version read; every read is parsed. */
export class TemporaryRevisitPlanRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  private item(p: TemporaryPlan) {
    return { ...keys.temporaryRevisitPlan(p.id), ...keys.temporaryRevisitPlanIndexes(p), type: 'revisit-temporary-plan', ...temporaryPlanSchema.parse(p) };
  }

  async get(id: string): Promise<TemporaryPlan | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.temporaryRevisitPlan(id) }));
    return out.Item ? temporaryPlanSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Writes a new plan with the notices it sends (leadership is told), in one transaction. */
  async create(plan: TemporaryPlan, notices: ChangeNotice[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(plan), 0, notices);
  }

  /** Replaces `before` with `after` if nobody changed it meanwhile (412 otherwise), with its notices. */
  async replace(before: TemporaryPlan, after: TemporaryPlan, notices: ChangeNotice[] = []): Promise<void> {
    await putVersioned(this.client, this.tableName, this.item(after), before.version, notices);
  }

  /**
   * A page of plans, newest first: awaiting leadership (GSI4), a unit's (GSI1, by first day) or all (GSI3,
   * by submission); a status or unit asked for besides is a filter within that partition.
   */
  async list(q: { status?: TemporaryPlanStatus; unitId?: UnitId }, page: { limit: number; cursor?: string }) {
    const partition =
      q.status === 'pending'
        ? keys.temporaryRevisitPlanPartitions.pending()
        : q.unitId
          ? keys.temporaryRevisitPlanPartitions.unit(q.unitId)
          : keys.temporaryRevisitPlanPartitions.all();
    const conditions: string[] = [];
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    if (q.status && q.status !== 'pending') {
      conditions.push('#status = :status');
      names['#status'] = 'status';
      values[':status'] = q.status;
    }
    if (q.unitId && q.status === 'pending') {
      conditions.push('#unit = :unit');
      names['#unit'] = 'unitId';
      values[':unit'] = q.unitId;
    }
    const { items, nextCursor } = await queryPartition(this.client, this.tableName, {
      ...partition,
      newestFirst: q.status !== 'pending',
      ...(conditions.length ? { filter: { expression: conditions.join(' AND '), names, values } } : {}),
      ...page,
    });
    return { items: items.map((i) => temporaryPlanSchema.parse(withoutKeys(i))), nextCursor };
  }

  /**
   * A unit's approved plans whose days touch [from, to] (Shanghai dates): no plan lasts longer than
   * `temporaryPlanMaxDays`, so those starting from `from` minus that many days up to `to` are all that can;
   * the end date and status are filters within that range.
   */
  async approvedBetween(unitId: UnitId, from: string, to: string): Promise<TemporaryPlan[]> {
    const out: TemporaryPlan[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, {
        ...keys.temporaryRevisitPlanPartitions.unit(unitId),
        // '$' sorts just after '#', so the range holds every plan starting on `to`.
        sortKey: { from: minusDays(from, temporaryPlanMaxDays), before: `${to}$` },
        filter: { expression: '#status = :approved AND #end >= :from', names: { '#status': 'status', '#end': 'endDate' }, values: { ':approved': 'approved', ':from': from } },
        limit: 100,
        cursor,
      });
      out.push(...page.items.map((i) => temporaryPlanSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return out;
  }
}
