// The submitter's limits, declared once: which files are accepted and how long a receipt code shows. Sizes and
// counts of answers and files live in src/config.ts (`config.limits`); rate limits in src/http/rate-limits.ts.

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
