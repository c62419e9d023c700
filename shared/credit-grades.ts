/**
 * Credit grades (信用状况, R2/R3). Which grades exist is an administrator's setting kept with the tier rules
 * (shared/schemas/tier-settings.schema.ts), best grade first; these are the grades until it is changed.
 * A customer's grade is checked against the setting when it is set or changed, not when other fields are
 * edited: a grade an administrator later retires stays on the customers that hold it (shown as retired)
 * until someone gives them a current one, and it never counts as good for VIP.
 * No zod here: the SPA's first pages read the grades without loading zod (creditGradeSchema is in
 * schemas/credit-grade.schema.ts).
 */
export const defaultCreditGrades = ['AAA', 'AA', 'A', 'B', 'C'] as const;

/** Two spellings are the same grade when they match ignoring letter case and full-width forms. */
export const gradeKey = (grade: string) => grade.normalize('NFKC').trim().toUpperCase();

/** The grade as the setting spells it, for a value typed in any case or width (imports); undefined if none. */
export function gradeFrom(grades: readonly string[], text: string): string | undefined {
  const key = gradeKey(text);
  return grades.find((g) => gradeKey(g) === key);
}

/** The grades' names joined for a message or a template hint: "AAA / AA / A / B / C". */
export const gradeList = (grades: readonly string[]) => grades.join(' / ');
