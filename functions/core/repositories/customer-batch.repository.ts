import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { customerSchema, type Customer } from '#shared/schemas/customer.schema';
import { keys, withoutKeys } from '../keys';

/** BatchGetItem's limit per call. */
const perBatch = 100;

/** Many customers by id at once (an export reads the full records of a listed page). */
export class CustomerBatchRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The customers found, in the order of `ids`. */
  async getMany(ids: readonly string[]): Promise<Customer[]> {
    const items = await this.batchGet([...new Set(ids)].map((id) => keys.customer(id)));
    const found = new Map(items.map((i) => customerSchema.parse(withoutKeys(i))).map((c) => [c.id, c] as const));
    return ids.map((id) => found.get(id)).filter((c): c is Customer => c !== undefined);
  }

  /**
   * The customers holding these credit codes (live or in the recycle bin, as the guard says), by code:
   * one BatchGet of the guards, one of the customers, per hundred codes — an import checks a chunk at once.
   */
  async byCreditCodes(codes: readonly string[]): Promise<Map<string, Customer>> {
    const guards = await this.batchGet([...new Set(codes)].map((code) => keys.creditCode(code)));
    const customerOf = new Map(guards.map((g) => [String(g.customerId), String(g.PK).slice('CREDITCODE#'.length)] as const));
    const customers = await this.getMany([...customerOf.keys()]);
    return new Map(customers.map((c) => [customerOf.get(c.id) ?? c.creditCode, c] as const));
  }

  /** BatchGetItem in hundreds; keys DynamoDB leaves unprocessed (throttling) are asked again with backoff. */
  private async batchGet(keyList: Record<string, unknown>[]): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    for (let i = 0; i < keyList.length; i += perBatch) {
      let pending: Record<string, unknown>[] | undefined = keyList.slice(i, i + perBatch);
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt > 0) await new Promise((done) => setTimeout(done, Math.min(1000, 50 * 2 ** attempt)));
        const out = await this.client.send(new BatchGetCommand({ RequestItems: { [this.tableName]: { Keys: pending } } }));
        items.push(...(out.Responses?.[this.tableName] ?? []));
        pending = out.UnprocessedKeys?.[this.tableName]?.Keys as Record<string, unknown>[] | undefined;
      }
    }
    return items;
  }
}
