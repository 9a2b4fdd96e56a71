import type { AddressInfo } from 'node:net';

import { expect } from '@playwright/test';
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server in the test runner that keeps every message the app sends, parsed. */
export class Mailbox {
  private constructor(
    private readonly server: SMTPServer,
    readonly messages: ParsedMail[],
  ) {}

  static async start(): Promise<Mailbox> {
    const messages: ParsedMail[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream, _session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            messages.push(parsed);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });

    return new Mailbox(server, messages);
  }

  get url(): string {
    return `smtp://127.0.0.1:${(this.server.server.address() as AddressInfo).port}`;
  }

  /** The one message sent to `address` whose subject matches, once it has arrived. */
  async messageTo(address: string, subject: RegExp): Promise<ParsedMail> {
    const matching = () =>
      this.messages.filter(
        (message) =>
          subject.test(message.subject ?? '') &&
          [message.to]
            .flat()
            .some((to) => to?.value.some((entry) => entry.address === address)),
      );
    await expect
      .poll(() => matching().length, {
        message: `an email to ${address} with a subject like ${subject}`,
        timeout: 30_000,
      })
      .toBe(1);

    const [message] = matching();
    if (!message) {
      throw new Error(`no email to ${address}`);
    }

    return message;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
