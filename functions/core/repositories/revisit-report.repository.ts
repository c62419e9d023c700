import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { newReport } from '#shared/revisits/report-state';
import { revisitReportSchema, type RevisitReport } from '#shared/schemas/revisit-report.schema';
import type { UnitId } from '#shared/units';
import { keys, withoutKeys } from '../keys';
import { putVersioned, type ChangeNotice } from './versioned-write';

/** Quarterly revisit evaluation reports (R6), one item per unit and quarter. */
export class RevisitReportRepository {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
  ) {}

  /** The report of a unit's quarter; a new draft (version 0) when nobody has written it yet. */
  async get(unitId: UnitId, quarter: string): Promise<RevisitReport> {
    const out = await this.client.send(new GetCommand({ TableName: this.tableName, Key: keys.revisitReport(unitId, quarter) }));
    return out.Item ? revisitReportSchema.parse(withoutKeys(out.Item)) : newReport(unitId, quarter);
  }

  /** Writes the next version if the report is still at `before.version` (412 otherwise), with its notices. */
  async replace(before: RevisitReport, after: RevisitReport, notices: ChangeNotice[] = []): Promise<void> {
    const report = revisitReportSchema.parse(after);
    await putVersioned(this.client, this.tableName, { ...keys.revisitReport(report.unitId, report.quarter), type: 'revisit-report', ...report }, before.version, notices);
  }
}
