import { GetCommand, PutCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { staffSchema, type Staff } from '#shared/schemas/staff.schema';
import { keys, withoutKeys } from '../keys';
import { queryPartition } from './query-pages';

/** The staff directory: who can own customers, with role and unit, keyed by Cognito username. */
export class StaffRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  async get(id: string): Promise<Staff | undefined> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.staff(id) }));
    return out.Item ? staffSchema.parse(withoutKeys(out.Item)) : undefined;
  }

  /** Creates or refreshes a directory entry (seed and admin tooling; no API route writes staff yet). */
  async put(staff: Staff): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.tableName,
        Item: { ...keys.staff(staff.id), ...keys.staffIndexes(staff), type: 'staff', ...staffSchema.parse(staff) },
      }),
    );
  }

  /** Everyone of a unit, or everyone, in name order. A company's staff fits in a few pages. */
  async list(unitId?: string): Promise<Staff[]> {
    const partition = unitId ? keys.staffPartitions.unit(unitId) : keys.staffPartitions.all();
    const all: Staff[] = [];
    let cursor: string | undefined;
    do {
      const page = await queryPartition(this.client, this.tableName, { ...partition, limit: 100, cursor });
      all.push(...page.items.map((i) => staffSchema.parse(withoutKeys(i))));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return all;
  }
}
