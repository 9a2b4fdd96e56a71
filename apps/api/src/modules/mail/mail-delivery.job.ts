export const MAIL_DELIVERY_JOB = 'mail.deliver';

export type MailDeliveryJob = { messageId: string };
