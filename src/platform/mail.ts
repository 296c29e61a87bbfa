// Outgoing mail over SMTP. Without SMTP_URL (a fresh development machine) messages are written to the log
// instead, so every journey still works; production sets SMTP_URL.
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** The language the message is written in, for the Content-Language header. */
  language: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export function createMailer(settings: { smtpUrl: string | undefined; from: string }, log: { info(details: object, message: string): void }): Mailer {
  if (!settings.smtpUrl) {
    return {
      async send(mail) {
        log.info({ mail: { subject: mail.subject, text: mail.text } }, 'SMTP_URL not set: mail written to the log instead of sent');
      },
      close() {},
    };
  }
  const transport: Transporter = nodemailer.createTransport(settings.smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({
        from: settings.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Content-Language': mail.language },
      });
    },
    close: () => transport.close(),
  };
}
