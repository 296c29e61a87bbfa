// The submitter's limits, declared once: how often the anonymous POST routes may be called, and which files are
// accepted. Sizes and counts of answers and files live in src/config.ts (`config.limits`) with the other limits.

/** Per client, per route: enough for a person saving often, too few for a script flooding the database. */
export const submitterRateLimit = Object.freeze({ max: 20, timeWindow: '1 minute' });

/** Accepted attachment types, recognised by content (file-type), never by the name a file was given. */
export const acceptedFileTypes = Object.freeze({
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
} as const);

/** The `accept` attribute of file inputs: a hint to the browser's file picker only. */
export const acceptAttribute = '.pdf,.docx,.odt';

/**
 * How long the browser that submitted can show the receipt code again (a reload, a language switch). Afterwards,
 * or once the submitter says they wrote it down, the code is gone for good: only its hash is stored.
 */
export const receiptCodeShownMinutes = 15;
