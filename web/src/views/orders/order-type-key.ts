import type { OrderEventType } from '#shared/schemas/order-event.schema';

/**
 * The i18n key of an event type under `orderType.`: 'order.paid' → 'paid', 'payment.received' →
 * 'paymentReceived' (vue-i18n reads a dot in a key as a path, so the type itself cannot be the key).
 */
export function orderTypeKey(type: OrderEventType): string {
  return type === 'payment.received' ? 'paymentReceived' : type.replace(/^order\./, '');
}
