import { jobHandler } from '#core/job-handler';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { overdueDeps } from '../orders/deps';
import { remindOverdueReceivables } from '../orders/use-cases/remind-overdue';

const deps = { ...overdueDeps(), client: documentClient, tableName: env.tableName, newId: () => crypto.randomUUID() };

/** Daily at 08:40 Asia/Shanghai (shared/schedules.ts): each owner of overdue 回款 is reminded once a day. */
export const handler = jobHandler('remind-overdue-receivables', () => remindOverdueReceivables(deps));
