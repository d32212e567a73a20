import nodemailer, { type Transporter } from 'nodemailer';
import type { AppConfig } from '../../config.js';

export interface OutgoingMessage {
  to: string;
  toName: string | null;
  subject: string;
  text: string;
  html: string;
}

/** Hands mail to an SMTP server; null when none is configured (mail is then kept for the Sent mail page). */
export interface MailTransport {
  readonly kind: 'smtp' | 'kept';
  send(message: OutgoingMessage): Promise<{ messageId: string | null }>;
  close(): void;
}

export function createMailTransport(config: AppConfig): MailTransport {
  if (config.mail.kind === 'kept') {
    return { kind: 'kept', send: async () => ({ messageId: null }), close: () => undefined };
  }
  const from = config.mail.from;
  const transporter: Transporter = nodemailer.createTransport(config.mail.url, { from });
  return {
    kind: 'smtp',
    async send(message) {
      const info = await transporter.sendMail({
        from,
        to: message.toName ? { name: message.toName, address: message.to } : message.to,
        subject: message.subject,
        text: message.text,
        html: message.html,
      });
      return { messageId: typeof info.messageId === 'string' ? info.messageId : null };
    },
    close: () => transporter.close(),
  };
}
