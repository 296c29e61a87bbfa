// Reading mailboxes and parsing messages for the email import: pure library code, no database, no HTTP.
export { detectMailbox, MailboxError, messagesFromUploads, readMailbox } from './read-mailbox.ts';
export type { MailboxErrorCode, MailboxKind, RawMessage } from './read-mailbox.ts';
export { DEFAULT_MAX_EMAIL_BYTES, originalMessage, parseEmail } from './parse-email.ts';
export type { EmailAddress, EmailAttachment, EmailParse, ParsedEmail, ParseProblem } from './parse-email.ts';
