// mbox files (mboxo and mboxrd, LF or CRLF) cut into messages as bytes, one line at a time, so that a mailbox export
// of several gigabytes is never held whole and no message's charset is guessed before mailparser reads it.
import { createReadStream } from 'node:fs';

const LF = 0x0a;
const FROM_ = Buffer.from('From ');
/** An mboxrd writer escapes every body line matching /^>*From / with one more '>', which reading takes away. */
const ESCAPED_FROM = /^>+From /;

function isBlank(line: Buffer): boolean {
  return line.length === 0 || (line.length === 1 && line[0] === LF) || (line.length === 2 && line[0] === 0x0d && line[1] === LF);
}

function* linesOfBuffer(data: Buffer): Generator<Buffer> {
  let start = 0;
  while (start < data.length) {
    const end = data.indexOf(LF, start);
    const next = end === -1 ? data.length : end + 1;
    yield data.subarray(start, next);
    start = next;
  }
}

/** The lines of each chunk read, in batches: one await per megabyte rather than per line keeps reading fast. */
async function* lineBatchesOfFile(path: string): AsyncGenerator<Buffer[]> {
  let partial: Buffer[] = []; // the start of a line that goes on in the next chunk (or chunks, for a very long one)
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    let end = chunk.indexOf(LF);
    if (end === -1) {
      partial.push(chunk);
      continue;
    }
    const lines: Buffer[] = [Buffer.concat([...partial, chunk.subarray(0, end + 1)])];
    partial = [];
    let start = end + 1;
    for (end = chunk.indexOf(LF, start); end !== -1; end = chunk.indexOf(LF, start)) {
      lines.push(chunk.subarray(start, end + 1));
      start = end + 1;
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
    yield lines;
  }
  if (partial.length > 0) yield [Buffer.concat(partial)];
}

/**
 * Cuts a sequence of lines into messages. A "From " line opens a message at the start of the file, or after a blank
 * line when it looks like a real envelope line (it carries a time): a letter's paragraph beginning "From " that an
 * mboxo writer forgot to escape then stays in its message.
 */
class MboxSplitter {
  private lines: Buffer[] = [];
  private open = false;
  private afterBlank = true;
  private atStart = true;

  /** `keepLines` false counts messages without holding them (each is then returned empty). */
  constructor(private readonly keepLines = true) {}

  /** The previous message when `line` opens the next one. */
  push(line: Buffer): Buffer | undefined {
    const opens = line.subarray(0, 5).equals(FROM_) && this.afterBlank
      && (this.atStart || /\d:\d\d/.test(line.toString('latin1')));
    this.atStart = false;
    this.afterBlank = isBlank(line);
    if (opens) {
      const finished = this.finish();
      this.open = true;
      return finished;
    }
    if (!this.open && this.afterBlank) return undefined;
    this.open = true; // text before any "From " line is kept as a message rather than silently dropped
    if (this.keepLines) this.lines.push(line[0] === 0x3e && ESCAPED_FROM.test(line.subarray(0, 64).toString('latin1')) ? line.subarray(1) : line);
    return undefined;
  }

  /** The last message. */
  finish(): Buffer | undefined {
    if (!this.open) return undefined;
    const lines = this.lines;
    this.lines = [];
    this.open = false;
    if (lines.length > 0 && isBlank(lines[lines.length - 1]!)) lines.pop(); // the blank line that separates messages
    return Buffer.concat(lines);
  }
}

export async function* mboxMessages(path: string, keepLines = true): AsyncGenerator<Buffer> {
  const splitter = new MboxSplitter(keepLines);
  for await (const lines of lineBatchesOfFile(path)) {
    for (const line of lines) {
      const message = splitter.push(line);
      if (message) yield message;
    }
  }
  const last = splitter.finish();
  if (last) yield last;
}

export function splitMbox(data: Buffer): Buffer[] {
  const splitter = new MboxSplitter();
  const messages: Buffer[] = [];
  for (const line of linesOfBuffer(data)) {
    const message = splitter.push(line);
    if (message) messages.push(message);
  }
  const last = splitter.finish();
  if (last) messages.push(last);
  return messages;
}

export async function countMboxMessages(path: string): Promise<number> {
  let count = 0;
  for await (const _message of mboxMessages(path, false)) count += 1;
  return count;
}
