// What a parsed email is, for the import pipeline: the sender, the text and the files, with forwarded messages nested
// so that the person who wrote an input can be told apart from the colleague who passed it on.

export interface EmailAttachment {
  filename: string;
  contentType: string;
  data: Buffer;
  size: number;
}

export interface EmailAddress {
  name: string;
  /** Lowercased; '' when a quoted forward header named a person without an address (Outlook within one company). */
  address: string;
}

export interface ParsedEmail {
  messageId: string | null;
  from: EmailAddress | null;
  /** Addresses, lowercased. */
  to: string[];
  cc: string[];
  /** null when the message has no date or one that cannot be read (never "now", as mailparser would say). */
  date: Date | null;
  subject: string;
  /** The whole text body, inline forwards included; from the HTML part when there is no text part. */
  text: string;
  /** The text before the first inline forward: what this message's sender wrote themself. */
  ownText: string;
  /** Real attachments only: neither forwarded messages (see `forwarded`) nor small embedded signature images. */
  attachments: EmailAttachment[];
  /** Messages attached as message/rfc822, then an inline forward found in the text; each parsed the same way. */
  forwarded: ParsedEmail[];
}

export type ParseProblem = 'malformed' | 'empty' | 'too-large';

export type EmailParse = { ok: true; email: ParsedEmail } | { ok: false; problem: ParseProblem; detail?: string };
