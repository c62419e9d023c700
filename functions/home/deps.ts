import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { HomeSummaryRepository } from '#core/repositories/home-summary.repository';
import { InboxRepository } from '#core/repositories/inbox.repository';
import { OpinionRepository } from '#core/repositories/opinion.repository';
import { RevisitReportRepository } from '#core/repositories/revisit-report.repository';
import { UnitRepository } from '#core/repositories/unit.repository';
import { overdueDeps } from '../orders/deps';
import type { OverdueDeps } from '../orders/use-cases/list-overdue';
import { VisitRepository } from '#core/repositories/visit.repository';

export interface HomeDeps {
  client: DynamoDBDocumentClient;
  tableName: string;
  summaries: HomeSummaryRepository;
  inbox: InboxRepository;
  /** Open customer opinions, counted as the register's list counts them. */
  opinions: OpinionRepository;
  reports: RevisitReportRepository;
  units: UnitRepository;
  /** Overdue 回款 (R11), counted as its list counts it. */
  overdue: OverdueDeps;
  visits: VisitRepository;
  now: () => Date;
}

export function homeDeps(client = documentClient, tableName = env.tableName): HomeDeps {
  return {
    client,
    tableName,
    summaries: new HomeSummaryRepository(client, tableName),
    inbox: new InboxRepository(client, tableName),
    opinions: new OpinionRepository(client, tableName),
    reports: new RevisitReportRepository(client, tableName),
    units: new UnitRepository(client, tableName),
    overdue: overdueDeps(client, tableName),
    visits: new VisitRepository(client, tableName),
    now: () => new Date(),
  };
}
