import { jobHandler } from '#core/job-handler';
import { documentClient } from '#core/dynamo';
import { env } from '#core/env';
import { overdueExportDeps } from '../orders/deps';
import { remindOverdueReceivables } from '../orders/use-cases/remind-overdue';

const deps = { ...overdueExportDeps(), client: documentClient, tableName: env.tableName, newId: () => crypto.randomUUID() };

/**
 * Daily at 08:40 Asia/Shanghai (shared/schedules.ts): each owner of overdue 回款 and of money soon due is reminded,
 * and money long overdue goes to the heads, once a day each (shared/orders/receivable-reminders.ts).
 */
export const handler = jobHandler('remind-overdue-receivables', () => remindOverdueReceivables(deps));
