// What the first bytes of a file say it is: an mbox opens with an envelope "From " line, a message with a header field.

function head(data: Buffer): string {
  const start = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0; // a UTF-8 byte order mark
  return data.subarray(start, start + 1024).toString('latin1').replace(/^[\r\n]+/, '');
}

export function looksLikeMbox(data: Buffer): boolean {
  return head(data).startsWith('From ');
}

/** A header field name is printable ASCII without a colon, then the colon (obsolete syntax allows spaces before it). */
export function looksLikeMessage(data: Buffer): boolean {
  return /^[\x21-\x39\x3b-\x7e]+[ \t]*:/.test(head(data));
}
