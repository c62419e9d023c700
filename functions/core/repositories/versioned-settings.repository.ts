import { GetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { z } from 'zod';
import { DomainError } from '../errors';

export interface StoredSettings<T> {
  settings: T;
  /** 0 while the policy's defaults apply (no administrator has changed them yet). */
  version: number;
  updatedAt?: string;
  updatedBy?: string;
}

export interface SettingsChange<T> extends StoredSettings<T> {
  previous: T;
}

/** Which setting: its keys, item types, schema and the policy's defaults. */
export interface SettingsKind<T> {
  readonly current: () => { PK: string; SK: string };
  readonly history: (suffix: string) => { PK: string; SK: string };
  /** The item's `type`; its history entries are `<type>-change`. */
  readonly type: string;
  readonly schema: z.ZodType<T>;
  readonly defaults: T;
}

/**
 * An administrator's setting (tier rules, revisit rules): one current item, changed only at the version
 * read, and an append-only history of every change with before and after, in the same transaction.
 */
export class VersionedSettingsRepository<T> {
  constructor(
    protected readonly client: DynamoDBDocumentClient,
    protected readonly tableName: string,
    private readonly kind: SettingsKind<T>,
  ) {}

  /** The current settings; the policy's defaults until an administrator first changes them. */
  async get(): Promise<StoredSettings<T>> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: this.kind.current() }));
    if (!out.Item) return { settings: this.kind.defaults, version: 0 };
    return {
      settings: this.kind.schema.parse(out.Item.settings),
      version: out.Item.version as number,
      updatedAt: out.Item.updatedAt as string,
      updatedBy: out.Item.updatedBy as string,
    };
  }

  /** Replaces the settings if still at `expectedVersion` (412 otherwise), recording before and after in the history. */
  async put(next: T, expectedVersion: number, by: string, at: string): Promise<StoredSettings<T>> {
    const current = await this.get();
    if (current.version !== expectedVersion) throw new DomainError('precondition_failed', 'precondition_failed');
    const version = expectedVersion + 1;
    try {
      await this.client.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: this.tableName,
                Item: { ...this.kind.current(), type: this.kind.type, settings: next, version, updatedAt: at, updatedBy: by },
                ConditionExpression: expectedVersion === 0 ? 'attribute_not_exists(PK)' : 'version = :v',
                ...(expectedVersion === 0 ? {} : { ExpressionAttributeValues: { ':v': expectedVersion } }),
              },
            },
            {
              Put: {
                TableName: this.tableName,
                Item: {
                  ...this.kind.history(`${at}#${version}`),
                  type: `${this.kind.type}-change`,
                  settings: next,
                  previous: current.settings,
                  version,
                  updatedAt: at,
                  updatedBy: by,
                },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'TransactionCanceledException') throw new DomainError('precondition_failed', 'precondition_failed');
      throw error;
    }
    return { settings: next, version, updatedAt: at, updatedBy: by };
  }

  /**
   * The settings in force at `instant`: the `settings` of the newest change made at or before it; when
   * every change is later, the `previous` of the oldest one (what was in force until then); with no
   * history, the policy's defaults. One Query newest-first bounded above by the instant (the key holds
   * the change's instant, `HIST#<at>#<version>`; '~' sorts after '#', so a change made exactly at the
   * instant counts), and a second for the oldest change only when the first finds nothing.
   * DynamoDB takes one sort-key condition, so BETWEEN 'HIST#' and the bound stands for begins_with plus <=.
   */
  async asOf(instant: string): Promise<StoredSettings<T>> {
    const at = new Date(instant).toISOString();
    const { PK } = this.kind.current();
    const before = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND SK BETWEEN :lo AND :hi',
        ExpressionAttributeValues: { ':pk': PK, ':lo': 'HIST#', ':hi': `HIST#${at}~` },
        ScanIndexForward: false,
        Limit: 1,
      }),
    );
    const last = before.Items?.[0];
    if (last) {
      return {
        settings: this.kind.schema.parse(last.settings),
        version: last.version as number,
        updatedAt: last.updatedAt as string,
        updatedBy: last.updatedBy as string,
      };
    }
    const after = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': PK, ':h': 'HIST#' },
        ScanIndexForward: true,
        Limit: 1,
      }),
    );
    const first = after.Items?.[0];
    if (!first) return { settings: this.kind.defaults, version: 0 };
    return { settings: this.kind.schema.parse(first.previous), version: (first.version as number) - 1 };
  }

  /** The last 100 changes, newest first. */
  async history(): Promise<SettingsChange<T>[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': this.kind.current().PK, ':h': 'HIST#' },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (out.Items ?? []).map((i) => ({
      settings: this.kind.schema.parse(i.settings),
      previous: this.kind.schema.parse(i.previous),
      version: i.version as number,
      updatedAt: i.updatedAt as string,
      updatedBy: i.updatedBy as string,
    }));
  }
}

/**
 * The settings in force at each instant one request or job run asks about, each instant read once (a Map
 * of the reads by instant), so judging many customers costs a read per distinct instant, not per customer.
 * `current`, when the caller has already read it, answers without a Query every instant at or after its own
 * change (and every instant while nothing was ever changed): the change that made it current is the newest
 * one at or before such an instant. With `now` (the request's or run's clock) it also answers every instant
 * from `now` on — the running period is judged by the setting in force now, which is the current one even
 * when the clock is a job's or a test's rather than the wall's.
 */
export function settingsInForce<T>(
  repository: Pick<VersionedSettingsRepository<T>, 'asOf'>,
  current?: StoredSettings<T>,
  now?: Date,
): (instant: string) => Promise<StoredSettings<T>> {
  const reads = new Map<string, Promise<StoredSettings<T>>>();
  const fromNow = now?.toISOString();
  return (instant) => {
    const at = new Date(instant).toISOString();
    if (current && (current.version === 0 || (fromNow !== undefined && at >= fromNow) || (current.updatedAt !== undefined && at >= current.updatedAt))) return Promise.resolve(current);
    let read = reads.get(at);
    if (!read) {
      read = repository.asOf(at);
      reads.set(at, read);
    }
    return read;
  };
}
