import * as z from 'zod';
import { isValidChinaPhone } from '../phone';
import { roles } from '../roles';
import { staffStatuses } from './staff.schema';
import { lazySchema } from '../lazy-schema';

/**
 * Staff accounts as administrators manage them (用户管理, issue 11): request bodies of /users and the
 * history each change leaves. Unit membership is checked by the use case (functions/users/use-cases/
 * unit-check.ts), not here, so the check can read the unit records.
 */

/** Letters, digits, dot, dash and underscore; unique ignoring case (a guard item holds the lower-case form). */
export const usernamePattern = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

/**
 * `{username}` in /users/…: Cognito's own rule (1–128 letters, marks, symbols, digits or punctuation, no
 * spaces), not ours above, since an account made in the Cognito console is adopted under the name it has.
 */
export const cognitoUsernamePattern = /^[\p{L}\p{M}\p{S}\p{N}\p{P}]{1,128}$/u;
export const usernamePathSchema = lazySchema(() => z.object({ username: z.string().regex(cognitoUsernamePattern, { error: 'path.username' }) }));

const name = lazySchema(() => z.string().trim().min(1).max(50));
const email = lazySchema(() => z.email({ error: 'email.invalid' }).max(254));
const mobile = lazySchema(() => z.string().trim().refine(isValidChinaPhone, { error: 'phone.invalid' }));
const unitId = lazySchema(() => z.string().trim().min(1).max(64));
/**
 * A person's user id in the company's WeCom / DingTalk app (通讯录 userid), so a notice reaches them there
 * (functions/core/channels/company-apps.ts): letters, digits and `_ - . @`, at most 64. `''` clears it.
 */
export const appUserIdPattern = /^[A-Za-z0-9_.@-]{1,64}$/;
const appUserId = lazySchema(() => z.union([z.string().trim().regex(appUserIdPattern, { error: 'user.appUserIdFormat' }), z.literal('')]));

export const userCreateSchema = lazySchema(() => z.strictObject({
  username: z.string().trim().regex(usernamePattern, { error: 'user.usernameFormat' }),
  name,
  email,
  mobile: mobile.optional(),
  role: z.enum(roles),
  unitId: unitId.optional(),
}));
export type UserCreate = z.infer<typeof userCreateSchema>;

/** PATCH /users/{username}: `unitId: null` takes a user out of their unit (with a role that has none). */
export const userUpdateSchema = lazySchema(() => z
  .strictObject({
    name: name.optional(),
    email: email.optional(),
    mobile: z.union([mobile, z.literal('')]).optional(),
    role: z.enum(roles).optional(),
    unitId: unitId.nullable().optional(),
    wecomUserId: appUserId.optional(),
    dingtalkUserId: appUserId.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: 'patch.empty' }));
export type UserUpdate = z.infer<typeof userUpdateSchema>;

/** Pool-only accounts are those made in the console and not yet in the directory. */
export const userListStatuses = [...staffStatuses, 'pool-only'] as const;
export type UserListStatus = (typeof userListStatuses)[number];

export const userListQuerySchema = lazySchema(() => z.strictObject({
  q: z.string().trim().max(50).optional(),
  role: z.enum(roles).optional(),
  unitId: unitId.optional(),
  status: z.enum(userListStatuses).optional(),
  /** A department of R1 (shared/service/departments.ts): `sales`, `finance`, …, `unit:<unitId>`. */
  department: z.string().trim().max(70).optional(),
}));
export type UserListQuery = z.infer<typeof userListQuerySchema>;

/** Adopting a console-made account: its role and unit are read from the pool unless given here. */
export const userAdoptSchema = lazySchema(() => z.strictObject({
  name: name.optional(),
  email: email.optional(),
  role: z.enum(roles).optional(),
  unitId: unitId.optional(),
}));
export type UserAdopt = z.infer<typeof userAdoptSchema>;

export const userHistoryActions = ['created', 'adopted', 'updated', 'disabled', 'enabled', 'password-reset'] as const;
export type UserHistoryAction = (typeof userHistoryActions)[number];

/** One change to a person: who, when, before → after. A password is never recorded, only that it was reset. */
export const userHistoryEntrySchema = lazySchema(() => z.object({
  id: z.string(),
  username: z.string(),
  /** The person's name at the time, so the history reads without a lookup. */
  name: z.string(),
  at: z.string(),
  by: z.object({ id: z.string(), name: z.string() }),
  action: z.enum(userHistoryActions),
  changes: z.array(z.object({ field: z.string(), before: z.string().optional(), after: z.string().optional() })),
}));
export type UserHistoryEntry = z.infer<typeof userHistoryEntrySchema>;

export const userHistoryQuerySchema = lazySchema(() => z.strictObject({
  /** Matches the person's username or name, or who made the change. */
  q: z.string().trim().max(50).optional(),
  action: z.enum(userHistoryActions).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
}));
export type UserHistoryQuery = z.infer<typeof userHistoryQuerySchema>;

/** What a person still answers for, shown before and after they are disabled (issue 11). */
export const userHoldingsSchema = lazySchema(() => z.object({
  customers: z.number().int(),
  /** Customers of theirs that carry a revisit obligation (every tier but reserve). */
  revisitObligations: z.number().int(),
  openServiceRequests: z.number().int(),
  receptionSteps: z.number().int(),
  /** True when a count stopped at its cap: there are at least that many. */
  more: z.boolean(),
}));
export type UserHoldings = z.infer<typeof userHoldingsSchema>;

/** The account as Cognito holds it, beside the directory entry, so a mismatch can be seen and mended. */
export const userAccountSchema = lazySchema(() => z.object({
  exists: z.boolean(),
  enabled: z.boolean().optional(),
  /** Cognito's UserStatus: CONFIRMED, FORCE_CHANGE_PASSWORD, … */
  status: z.string().optional(),
  groups: z.array(z.string()).optional(),
  unitId: z.string().optional(),
}));
export type UserAccount = z.infer<typeof userAccountSchema>;

/** A row of the staff list (GET /users): a directory entry with its pool account, or a pool-only account. */
export const userListItemSchema = lazySchema(() => z.object({
  username: z.string(),
  name: z.string(),
  role: z.enum(roles).optional(),
  unitId: z.string().optional(),
  email: z.string().optional(),
  mobile: z.string().optional(),
  wecomUserId: z.string().optional(),
  dingtalkUserId: z.string().optional(),
  status: z.enum(userListStatuses),
  version: z.number().int().optional(),
  /** Absent when the pool could not be read. */
  account: userAccountSchema.optional(),
}));
export type UserListItem = z.infer<typeof userListItemSchema>;
