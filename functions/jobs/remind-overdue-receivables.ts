import { jobHandler } from '#core/job-handler';
import { overdueReminderDeps } from '../orders/deps';
import { remindOverdueReceivables } from '../orders/use-cases/remind-overdue';

const deps = overdueReminderDeps();

/**
 * Daily at 08:40 Asia/Shanghai (shared/schedules.ts): each owner of overdue 回款 and of money soon due is reminded,
 * and money long overdue goes to the heads, once a day each (shared/orders/receivable-reminders.ts).
 */
export const handler = jobHandler('remind-overdue-receivables', () => remindOverdueReceivables(deps));
