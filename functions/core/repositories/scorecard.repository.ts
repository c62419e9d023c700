import { GetCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { newScorecard } from '#shared/assessments/scorecard-state';
import { scorecardSchema, type AssessmentKind, type Scorecard } from '#shared/schemas/assessment.schema';
import { keys, withoutKeys } from '../keys';
import { putVersioned, type ChangeNotice } from './versioned-write';

/**
 * Quarterly scorecards (考核, R9) of every kind, one item per kind, quarter and subject; the history of a
 * scorecard lives in the item itself (a quarter sees a handful of changes, far below the item size limit).
 */
export class ScorecardRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** A subject's scorecard of a quarter; a new draft (version 0) when nobody has opened it yet. */
  async get(kind: AssessmentKind, subject: string, quarter: string): Promise<Scorecard> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.scorecard(kind, quarter, subject) }));
    return out.Item ? scorecardSchema.parse(withoutKeys(out.Item)) : newScorecard(kind, subject, quarter);
  }

  /** Every opened scorecard of a kind for one quarter (one Query of its partition), by subject. */
  async listQuarter(kind: AssessmentKind, quarter: string): Promise<Scorecard[]> {
    const p = keys.scorecardPartitions.quarter(kind, quarter);
    return this.queryAll({ KeyConditionExpression: 'PK = :pk AND begins_with(SK, :p)', ExpressionAttributeValues: { ':pk': p.pk, ':p': p.prefix } });
  }

  /** A subject's opened scorecards, newest quarter first (GSI1). */
  async listSubject(kind: AssessmentKind, subject: string): Promise<Scorecard[]> {
    const p = keys.scorecardPartitions.subject(kind, subject);
    return this.queryAll({ IndexName: p.index, KeyConditionExpression: 'GSI1PK = :pk', ExpressionAttributeValues: { ':pk': p.pk }, ScanIndexForward: false });
  }

  /** Writes the next version if the scorecard is still at `before.version` (412 otherwise), with its notices. */
  async replace(before: Scorecard, after: Scorecard, notices: ChangeNotice[] = []): Promise<void> {
    const s = scorecardSchema.parse(after);
    await putVersioned(
      this.client,
      this.tableName,
      { ...keys.scorecard(s.kind, s.quarter, s.subject), ...keys.scorecardIndexes(s), type: 'scorecard', ...s },
      before.version,
      notices,
    );
  }

  private async queryAll(q: Omit<ConstructorParameters<typeof QueryCommand>[0], 'TableName'>): Promise<Scorecard[]> {
    const out: Scorecard[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(new QueryCommand({ TableName: this.tableName, ...q, ...(start ? { ExclusiveStartKey: start } : {}) }));
      out.push(...(page.Items ?? []).map((i) => scorecardSchema.parse(withoutKeys(i))));
      start = page.LastEvaluatedKey;
    } while (start);
    return out;
  }
}
