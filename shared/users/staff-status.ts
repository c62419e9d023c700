/**
 * Account states of the directory (issue 11): `active` may use the API; `disabled` is refused at once
 * (functions/core/http/staff-status.ts); `pending` is a user whose Cognito account is being made and who
 * cannot sign in yet (a failed creation that could not be rolled back; creating them again completes it).
 * Apart from the zod schema, so the SPA's first script (the staff store) stays free of zod.
 */
export const staffStatuses = ['active', 'disabled', 'pending'] as const;
export type StaffStatus = (typeof staffStatuses)[number];

/** Absent: active (entries from before accounts were managed in the app, test fixtures). */
export const staffStatus = (s: { status?: StaffStatus }): StaffStatus => s.status ?? 'active';
