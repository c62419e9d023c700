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
