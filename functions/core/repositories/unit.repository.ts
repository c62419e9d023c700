import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unitChangeSchema, unitSchema, type Unit, type UnitChange } from '#shared/schemas/unit.schema';
import { keys } from '../keys';
import { DomainError } from '../errors';
import { failedConditions } from './transaction-errors';

const isConditionFailure = (error: unknown) => failedConditions(error)?.some(Boolean) ?? false;

/**
 * How long a process keeps the list of units before reading it again. Every write in the same process
 * drops it at once; a code not in the cached list is read through (so a unit created a moment ago by
 * another function is found on its first use), and only "all units" lists (coverage, reports, the
 * reminder jobs) may trail another function's change by up to this long.
 */
export const unitCacheMs = 15_000;

/** One cached list per table, shared by every repository instance of the process (the API server runs many). */
const cache = new Map<string, { units: Promise<Unit[]>; until: number }>();

/**
 * The business units (业务单位) as records: one partition holding every unit (retired ones stay, so a
 * code is never reused), and each unit's history (who, when, before → after) in its own partition.
 * Every write is conditional on the version read (optimistic locking, 412 otherwise).
 */
export class UnitRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** Every unit, retired ones included, in code order: one Query of a small partition. */
  async listFresh(): Promise<Unit[]> {
    const units: Unit[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.client.send(
        new QueryCommand({
          TableName: this.tableName,
          KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)',
          ExpressionAttributeValues: { ':pk': keys.unitsPartition.pk, ':p': keys.unitsPartition.prefix },
          ExclusiveStartKey: start,
        }),
      );
      units.push(...(out.Items ?? []).map((i) => unitSchema.parse(i)));
      start = out.LastEvaluatedKey;
    } while (start);
    return units;
  }

  /** Every unit as of at most `unitCacheMs` ago (or this process's last write). */
  async list(): Promise<Unit[]> {
    const hit = cache.get(this.tableName);
    if (hit && hit.until > Date.now()) return hit.units;
    const units = this.listFresh();
    cache.set(this.tableName, { units, until: Date.now() + unitCacheMs });
    units.catch(() => cache.delete(this.tableName));
    return units;
  }

  /** The active units (those that may take customers, staff and plans), in code order. */
  async active(): Promise<Unit[]> {
    return (await this.list()).filter((u) => u.status === 'active');
  }

  /** Every unit's code, retired ones included: what "all units" means where a record may still name a retired unit. */
  async codes(): Promise<string[]> {
    return (await this.list()).map((u) => u.code);
  }

  /** The codes of the active units: the rows of coverage and reports, the choices of forms. */
  async activeCodes(): Promise<string[]> {
    return (await this.active()).map((u) => u.code);
  }

  /** One unit from the cached list, or read through when the list does not know it yet. */
  async find(code: string): Promise<Unit | undefined> {
    const cached = (await this.list()).find((u) => u.code === code);
    if (cached) return cached;
    const fresh = await this.get(code);
    if (fresh) this.forget();
    return fresh;
  }

  /** An active unit, or undefined; a unit the cache holds as retired or missing is read again first. */
  async findActive(code: string): Promise<Unit | undefined> {
    const cached = (await this.list()).find((u) => u.code === code);
    if (cached?.status === 'active') return cached;
    const fresh = await this.get(code);
    if (fresh && fresh.status !== cached?.status) this.forget();
    return fresh?.status === 'active' ? fresh : undefined;
  }

  async get(code: string): Promise<Unit | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.unit(code), ConsistentRead: true }));
    return out.Item ? unitSchema.parse(out.Item) : undefined;
  }

  /** Writes a new unit and its first history entry; a code that exists, active or retired, is refused (409). */
  async create(unit: Unit, change: UnitChange): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: this.tableName, Item: this.item(unit), ConditionExpression: 'attribute_not_exists(PK)' } },
            this.changePut(change),
          ],
        }),
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const existing = await this.get(unit.code);
      if (!existing) throw error;
      throw new DomainError('conflict', existing.status === 'retired' ? 'unit_code_retired' : 'unit_code_taken', {
        params: { code: existing.code, name: existing.name },
      });
    } finally {
      this.forget();
    }
  }

  /** Replaces a unit if still at `expectedVersion` and active (412 otherwise), with its history entry. */
  async update(next: Unit, expectedVersion: number, change: UnitChange): Promise<void> {
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: this.item(next),
                ConditionExpression: 'version = :v AND #s = :active',
                ExpressionAttributeNames: { '#s': 'status' },
                ExpressionAttributeValues: { ':v': expectedVersion, ':active': 'active' },
              },
            },
            this.changePut(change),
          ],
        }),
      );
    } catch (error) {
      if (isConditionFailure(error)) throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    } finally {
      this.forget();
    }
  }

  /** A unit's changes, newest first. */
  async history(code: string): Promise<UnitChange[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk',
        ExpressionAttributeValues: { ':pk': keys.unitHistoryPartition(code) },
        ScanIndexForward: false,
        Limit: 200,
      }),
    );
    return (out.Items ?? []).map((i) => unitChangeSchema.parse(i));
  }

  /** Drops this process's cached list, so the next read sees the write just made. */
  forget(): void {
    cache.delete(this.tableName);
  }

  private item(unit: Unit) {
    return { ...keys.unit(unit.code), type: 'unit', ...unitSchema.parse(unit) };
  }

  private changePut(change: UnitChange) {
    return {
      Put: {
        TableName: this.tableName,
        Item: { ...keys.unitChange(change.code, change.version), type: 'unit-change', ...unitChangeSchema.parse(change) },
        ConditionExpression: 'attribute_not_exists(PK)',
      },
    };
  }
}
