// A real SMTP server in the test process: mail from the app arrives over SMTP and is parsed
// with mailparser, so tests read what a recipient would read.
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  raw: ParsedMail;
}

export class Mailbox {
  readonly messages: ReceivedMail[] = [];
  private refusing: string | null = null;
  private waiters: (() => void)[] = [];

  private constructor(private readonly server: SMTPServer, readonly port: number) {}

  static async start(): Promise<Mailbox> {
    let box: Mailbox | null = null;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onRcptTo(_address, _session, callback) {
        if (box?.refusing) {
          const error = Object.assign(new Error(box.refusing), { responseCode: 451 });
          callback(error);
          return;
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
            box?.messages.push({ to, subject: parsed.subject ?? '', text: parsed.text ?? '', html: typeof parsed.html === 'string' ? parsed.html : '', raw: parsed });
            box?.notify();
            callback();
          })
          .catch((error: Error) => callback(error));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    box = new Mailbox(server, port);
    return box;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}?ignoreTLS=true`;
  }

  /** Makes the server answer every recipient with a temporary failure, until `accept()`. */
  refuse(reason = 'mailbox temporarily unavailable'): void {
    this.refusing = reason;
  }

  accept(): void {
    this.refusing = null;
  }

  private notify(): void {
    for (const waiter of this.waiters.splice(0)) waiter();
  }

  /** The messages to one address so far. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
  }

  /** Waits until a message matching the test arrives; fails after the timeout. */
  async waitFor(test: (mail: ReceivedMail) => boolean, timeoutMs = 15_000): Promise<ReceivedMail> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(test);
      if (found) return found;
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching email within ${timeoutMs} ms; received: ${this.messages.map((m) => `${m.to}: ${m.subject}`).join(' | ') || 'none'}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 250));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The link inside an email's text (invitation or reset), with its token in the fragment. */
export function linkIn(mail: ReceivedMail, path: string): { url: string; token: string } {
  const match = mail.text.match(new RegExp(`https?://\\S+/${path}#([A-Za-z0-9_-]+)`));
  if (!match?.[1]) throw new Error(`no ${path} link in: ${mail.text}`);
  return { url: match[0], token: match[1] };
}
