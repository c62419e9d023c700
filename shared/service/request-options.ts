/**
 * The service requests' plain lists (R7), without zod: the home figures, the request rules and the schemas
 * that only name a kind import them from here, so they do not build the request schemas at start (issue 15).
 */

/** R7 kinds: inquiry 咨询, complaint 投诉, after-sales quality 售后质量问题, return/exchange/refund 退换货, reconciliation 对账. */
export const requestKinds = ['inquiry', 'complaint', 'after-sales', 'return-refund', 'reconciliation'] as const;
export type RequestKind = (typeof requestKinds)[number];
export const requestChannels = ['visit', 'phone', 'email', 'revisit', 'meeting', 'other'] as const;
export const requestStatuses = ['received', 'in-progress', 'closed'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** Kinds whose money side Finance records before they may close (R7: 退换货 and 对账 pass through Finance). */
export const financeKinds: RequestKind[] = ['return-refund', 'reconciliation'];
