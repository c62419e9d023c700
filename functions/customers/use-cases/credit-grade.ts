import { gradeFrom } from '#shared/credit-grades';
import { invalidFields } from '#core/errors';
import type { TierSettingsRepository } from '#core/repositories/tier-settings.repository';

/**
 * The grade as the administrator's setting spells it (`aa` → `AA`), or a 400 on the credit rating field
 * when the setting has no such grade. `kept` is the customer's grade before an edit: an edit that leaves it
 * as it was is allowed even when the grade has since been retired (shared/credit-grades.ts).
 * The setting is read fresh (one item): a grade an administrator adds or retires counts from that moment.
 */
export async function currentCreditGrade(settings: TierSettingsRepository, grade: string, kept?: string): Promise<string> {
  if (kept !== undefined && grade === kept) return grade;
  const found = gradeFrom((await settings.get()).settings.creditGrades, grade);
  if (!found) throw invalidFields({ creditRating: 'creditGrade.unknown' });
  return found;
}
