import type { AddressInfo } from 'node:net';

import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type CapturedMail = ParsedMail & { envelopeTo: string[] };

/**
 * A real SMTP server in the test process: it accepts every message, parses it
 * with mailparser, and can go down and come back on the same port.
 */
export class SmtpCapture {
  readonly messages: CapturedMail[] = [];
  /** Messages whose DATA arrived and was never answered (see `stallNext`). */
  stalled = 0;
  private stallsLeft = 0;
  private server: SMTPServer | null = null;

  private constructor(private port: number) {}

  static async start(): Promise<SmtpCapture> {
    const capture = new SmtpCapture(0);
    await capture.up();

    return capture;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** Starts listening (again, on the same port after `down`). */
  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A stalled connection must not hold up closing the server for long.
      closeTimeout: 500,
      onData: (stream, session, callback) => {
        if (this.stallsLeft > 0) {
          // Read the message but never answer: the sender waits, as on a hung server.
          this.stallsLeft -= 1;
          this.stalled += 1;
          stream.resume();

          return;
        }
        simpleParser(stream)
          .then((parsed) => {
            this.messages.push(Object.assign(parsed, { envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address) }));
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  /** The next `count` messages are read but never acknowledged. */
  stallNext(count: number): void {
    this.stallsLeft = count;
  }

  /** Stops accepting connections: delivery attempts fail at CONN until `up`. */
  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }

  to(address: string): CapturedMail[] {
    return this.messages.filter((message) => message.envelopeTo.includes(address.toLowerCase()));
  }

  /** Waits for a message to `address` whose subject starts with `subject`. */
  async waitForSubject(address: string, subject: string, timeoutMs = 20_000): Promise<CapturedMail> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.to(address).find((message) => message.subject?.startsWith(subject));
      if (found) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`No "${subject}…" message to ${address}; got: ${this.to(address).map((m) => m.subject).join(' | ')}`);
  }

  /** Waits until `count` messages to `address` arrived (or fails after `timeoutMs`). */
  async waitFor(address: string, count = 1, timeoutMs = 20_000): Promise<CapturedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const found = this.to(address);
      if (found.length >= count) {
        return found;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`Expected ${count} message(s) to ${address}, got ${this.to(address).length} (all: ${this.messages.map((m) => m.envelopeTo.join(',')).join('; ')})`);
  }

  async stop(): Promise<void> {
    await this.down();
  }
}

/** The first link to the app in a message's text part. */
export function linkIn(message: CapturedMail, pathPrefix: string): string {
  const match = new RegExp(`https?://[^\\s]+${pathPrefix}[^\\s]*`).exec(message.text ?? '');
  if (!match) {
    throw new Error(`No ${pathPrefix} link in: ${message.text}`);
  }

  return match[0];
}
