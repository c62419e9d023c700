/**
 * A temporary plan runs for at most this many days (about a quarter). Without zod: the revisit settings'
 * schema bounds its lead time by it, and importing it from the plan schemas built them in every function
 * that reads the settings (issue 15).
 */
export const temporaryPlanMaxDays = 92;
