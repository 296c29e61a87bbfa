// What the web upload of a mailbox accepts. Files are read into memory before the guards run (multipart bodies are
// parsed first), so these stay modest; a big mailbox goes through `npm run import-mail` on the server instead.
import { limits } from '../../../config.ts';

/** The form field the mailbox files come in. */
export const uploadField = 'mailboxes';

export const uploadLimits = Object.freeze({
  /** Per file: the platform's attachment limit, which multipart enforces for every form. */
  maxBytes: limits.attachmentMaxBytes,
  maxMegabytes: Math.round(limits.attachmentMaxBytes / (1024 * 1024)),
  /** Files in one upload (an mbox holds any number of messages, so this only limits loose .eml files). */
  maxFiles: 10,
});
