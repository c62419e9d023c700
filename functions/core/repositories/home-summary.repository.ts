import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { homeFiguresSchema, ownerRevisitsSchema, type HomeFigures, type HomeScope, type OwnerRevisits } from '#shared/schemas/home.schema';
import { forEachLimited } from '../concurrency';
import { keys, withoutKeys } from '../keys';

/**
 * The nightly job's summaries for the 工作台. They are derived data, rewritten whole by every run (like the
 * search entries, they carry no version): a run that fails halfway leaves the previous night's items.
 */
export class HomeSummaryRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async figures(scope: HomeScope): Promise<HomeFigures | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.homeFigures(scope) }));
    return out.Item ? homeFiguresSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  async ownerRevisits(ownerId: string): Promise<OwnerRevisits | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.ownerRevisits(ownerId) }));
    return out.Item ? ownerRevisitsSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Writes every scope's figures and every owner's counts (plain Puts: derived, overwritten each run). */
  async saveAll(figures: HomeFigures[], owners: OwnerRevisits[]): Promise<void> {
    const items = [
      ...figures.map((f) => ({ ...keys.homeFigures(f.scope), type: 'home-figures', ...f })),
      ...owners.map((o) => ({ ...keys.ownerRevisits(o.ownerId), type: 'owner-revisits', ...o })),
    ];
    await forEachLimited(items, 8, async (Item) => {
      await this.client.send(new PutCommand({ TableName: this.tableName, Item }));
    });
  }
}
