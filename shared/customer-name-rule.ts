/**
 * How long a customer's name may be: registered Chinese company names run long (a branch of a group
 * with a bracketed region easily passes 40 characters), so 100, counted after trimming. A name over the
 * limit is refused with the limit and the count, never cut: a cut name is a different company.
 */
export const customerNameLimits = { min: 2, max: 100 } as const;

export type NameLengthProblem = { kind: 'too-short' | 'too-long'; limit: number; length: number };

/** The length the limits apply to (the schema's: zod counts the trimmed string's length). */
export function customerNameLength(name: string): number {
  return name.trim().length;
}

export function customerNameProblem(name: string): NameLengthProblem | undefined {
  const length = customerNameLength(name);
  if (length > customerNameLimits.max) return { kind: 'too-long', limit: customerNameLimits.max, length };
  if (length < customerNameLimits.min) return { kind: 'too-short', limit: customerNameLimits.min, length };
  return undefined;
}
