export const REACTION_STORE = Symbol('REACTION_STORE');
export const MAIL_DELIVERY = Symbol('MAIL_DELIVERY');

/** Where messages go, as the admin page says it. */
export type MailDelivery = { transport: 'smtp' | 'outbox'; outbox?: string };
