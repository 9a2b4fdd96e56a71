import nodemailer, { type Transporter } from 'nodemailer';

import type { AppConfig } from '@api/core/config/app-config';

export type MailTransport = { transporter: Transporter | null; description: string };

/** The SMTP transport from the configuration, and how to name it in logs without its password. */
export function createMailTransport(config: AppConfig): MailTransport {
  const smtp = config.smtp;
  if (!smtp) {
    return { transporter: null, description: 'outbox only (no SMTP configured)' };
  }
  const timeouts = { connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000 };
  if ('url' in smtp) {
    const url = new URL(smtp.url);
    url.password = url.password ? '***' : '';

    return { transporter: nodemailer.createTransport({ url: smtp.url, ...timeouts }), description: url.toString() };
  }
  const auth = smtp.user ? { user: smtp.user, pass: smtp.password ?? '' } : undefined;

  return {
    transporter: nodemailer.createTransport({ host: smtp.host, port: smtp.port, secure: smtp.secure, auth, ...timeouts }),
    description: `${smtp.secure ? 'smtps' : 'smtp'}://${smtp.user ? `${smtp.user}@` : ''}${smtp.host}:${smtp.port}`,
  };
}

/** The SMTP stage a nodemailer error stopped at (its `command`, else its code). */
export function smtpStageOf(error: unknown): string {
  const { command, code } = (error ?? {}) as { command?: string; code?: string };
  if (command) {
    return command.split(' ').slice(0, 2).join(' ').replace(/:.*/, '').slice(0, 40);
  }

  return (code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS' ? 'CONN' : code ?? 'SEND').slice(0, 40);
}
