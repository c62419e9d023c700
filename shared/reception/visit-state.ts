import type { MessageCode } from '../messages';
import type { VisitStatus } from '../schemas/visit.schema';

/**
 * The life of a visit (R5). Registration starts it awaiting approval when its cell's plan clause names
 * an approver, open otherwise. From there:
 *
 *                 approve                      record (after arrival)
 *   awaiting-approval ──────────────▶ open ───────────────────────▶ recorded
 *        │    ▲                        │
 *  reject│    │resubmit (drafter)      │ cancel (also from awaiting-approval and rejected)
 *        ▼    │                        ▼
 *       rejected                    cancelled
 *
 * Steps are ticked while the visit is being prepared (an open step can be, whatever the approval);
 * a recorded or cancelled visit is closed to every change but one: a recorded visit's follow-up items
 * still become service requests or revisits (`follow-up`), which only links them.
 */
export const visitEvents = ['approve', 'reject', 'resubmit', 'tick', 'edit-steps', 'record', 'cancel', 'follow-up'] as const;
export type VisitEvent = (typeof visitEvents)[number];

export type Move = { to: VisitStatus } | { refused: MessageCode };

const closed: Record<VisitEvent, Move> = {
  approve: { refused: 'visit_closed' },
  reject: { refused: 'visit_closed' },
  resubmit: { refused: 'visit_closed' },
  tick: { refused: 'visit_closed' },
  'edit-steps': { refused: 'visit_closed' },
  record: { refused: 'visit_closed' },
  cancel: { refused: 'visit_closed' },
  'follow-up': { refused: 'visit_closed' },
};

/** Every status × event: where it goes, or the message it is refused with (409). */
export const visitMoves: Record<VisitStatus, Record<VisitEvent, Move>> = {
  'awaiting-approval': {
    approve: { to: 'open' },
    reject: { to: 'rejected' },
    resubmit: { refused: 'visit_not_rejected' },
    tick: { to: 'awaiting-approval' },
    'edit-steps': { refused: 'visit_not_approved' },
    record: { refused: 'visit_not_approved' },
    cancel: { to: 'cancelled' },
    'follow-up': { refused: 'visit_not_recorded' },
  },
  rejected: {
    approve: { refused: 'visit_not_awaiting_approval' },
    reject: { refused: 'visit_not_awaiting_approval' },
    resubmit: { to: 'awaiting-approval' },
    tick: { to: 'rejected' },
    'edit-steps': { refused: 'visit_not_approved' },
    record: { refused: 'visit_not_approved' },
    cancel: { to: 'cancelled' },
    'follow-up': { refused: 'visit_not_recorded' },
  },
  open: {
    approve: { refused: 'visit_not_awaiting_approval' },
    reject: { refused: 'visit_not_awaiting_approval' },
    resubmit: { refused: 'visit_not_rejected' },
    tick: { to: 'open' },
    'edit-steps': { to: 'open' },
    record: { to: 'recorded' },
    cancel: { to: 'cancelled' },
    'follow-up': { refused: 'visit_not_recorded' },
  },
  recorded: { ...closed, 'follow-up': { to: 'recorded' } },
  cancelled: closed,
};

export function move(status: VisitStatus, event: VisitEvent): Move {
  return visitMoves[status][event];
}
