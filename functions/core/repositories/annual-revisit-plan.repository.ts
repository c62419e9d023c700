import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { unplannedYear } from '#shared/revisits/plans';
import { annualPlanChangeSchema, annualPlanSchema, type AnnualPlan, type AnnualPlanChange } from '#shared/schemas/revisit-plan.schema';
import type { UnitId } from '#shared/units';
import { keys, withoutKeys } from '../keys';
import { putVersioned } from './versioned-write';

/** Business units' annual revisit plans (R6): one item per unit and year, and an append-only history of every version. */
export class AnnualRevisitPlanRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The plan of a unit's year; the empty plan (version 0) when nobody has written it yet. */
  async get(unitId: UnitId, year: number): Promise<AnnualPlan> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.revisitAnnualPlan(unitId, year) }));
    return out.Item ? annualPlanSchema.parse(withoutKeys(out.Item)) : unplannedYear(unitId, year);
  }

  /**
   * Writes the next version if the plan is still at `before.version` (412 otherwise), with its history
   * entry (before → after) in the same transaction, so no version lands without its entry.
   */
  async put(before: AnnualPlan, after: AnnualPlan, change: AnnualPlanChange): Promise<void> {
    const plan = annualPlanSchema.parse(after);
    const entry = annualPlanChangeSchema.parse(change);
    await putVersioned(this.client, this.tableName, { ...keys.revisitAnnualPlan(plan.unitId, plan.year), type: 'revisit-annual-plan', ...plan }, before.version, [], [
      {
        Put: {
          TableName: this.tableName,
          Item: { ...keys.revisitAnnualPlanChange(entry.unitId, entry.year, entry.version), type: 'revisit-annual-plan-change', ...entry },
          ConditionExpression: 'attribute_not_exists(PK)',
        },
      },
    ]);
  }

  /** The changes of a unit's year, newest first (a plan changes a few times a year; the last 100 are plenty). */
  async history(unitId: UnitId, year: number): Promise<AnnualPlanChange[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.tableName,
        KeyConditionExpression: 'PK = :pk AND begins_with(SK, :h)',
        ExpressionAttributeValues: { ':pk': keys.revisitAnnualPlan(unitId, year).PK, ':h': keys.revisitAnnualPlanChangePrefix(year) },
        ScanIndexForward: false,
        Limit: 100,
      }),
    );
    return (out.Items ?? []).map((i) => annualPlanChangeSchema.parse(withoutKeys(i)));
  }
}
