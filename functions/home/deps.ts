import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { HomeSummaryRepository } from '#core/repositories/home-summary.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { RevisitReportRepository } from '#core/repositories/revisit-report.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { VisitRepository } from '#core/repositories/visit.repository';

export interface HomeDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  summaries: HomeSummaryRepository;
  inbox: InboxRepository;
  reports: RevisitReportRepository;
  units: UnitRepository;
  visits: VisitRepository;
  now: () => Date;
}

export function homeDeps(client = documentClient, tableName = env.tableName): HomeDeps {
  return {
    client,
    tableName,
    summaries: new HomeSummaryRepository(client, tableName),
    inbox: new InboxRepository(client, tableName),
    reports: new RevisitReportRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    visits: new VisitRepository(client, tableName),
    now: () => new Date(),
  };
}
